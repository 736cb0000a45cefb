import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './account.documents';
import { fieldErrorText } from './password-rule';
import { errorText } from '../../shared/mutation-failure';
import './account.css';
import { AdminTable } from '../../shared/admin/AdminTable';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';

interface TokenFormValues {
  name: string;
  integratorId: string;
}

/**
 * "Token API": the read-only tokens of other systems, each created FOR an integrator account
 * (chosen from the active ones), its secret shown once; revoking asks first.
 */
export function ApiTokensSection({
  integrators,
}: {
  integrators: ReadonlyArray<{ id: string; username: string; displayName: string; active: boolean }>;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(ApiTokensDocument);
  const [createToken] = useMutation(CreateApiTokenDocument, { refetchQueries: [ApiTokensDocument] });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const choices = integrators.filter((a) => a.active);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TokenFormValues>({ defaultValues: { name: '', integratorId: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setCreated(null);
    try {
      const { data: result } = await createToken({
        variables: { input: { name: values.name.trim(), integratorId: values.integratorId } },
      });
      const outcome = result?.createApiToken;
      if (outcome?.__typename === 'ApiTokenCreated') {
        setCreated({ name: outcome.token.name, secret: outcome.secret });
        reset();
      } else if (outcome?.__typename === 'ValidationError') {
        for (const fieldError of outcome.fieldErrors) {
          if (fieldError.field === 'name' || fieldError.field === 'integratorId')
            setError(fieldError.field, { message: fieldErrorText(t, fieldError) });
          else setFailure(fieldErrorText(t, fieldError));
        }
      }
    } catch (caught) {
      setFailure(errorText(t, caught));
    }
  });

  return (
    <section className="tokens-section" aria-labelledby="tokens-title" data-testid="api-tokens">
      <h2 id="tokens-title">{t('account.tokensTitle')}</h2>
      <p className="page-subtitle">{t('account.tokensIntro')}</p>
      {choices.length === 0 ? (
        <p className="field-hint" data-testid="no-integrators">
          {t('account.noIntegrators')}
        </p>
      ) : (
        <form className="account-form" noValidate onSubmit={onSubmit} aria-label={t('account.createToken')}>
          <div className="field">
            <label htmlFor="token-integrator" className="field-label">
              {t('account.tokenIntegrator')}
            </label>
            <select
              id="token-integrator"
              data-testid="token-integrator"
              aria-invalid={errors.integratorId ? true : undefined}
              {...register('integratorId', { validate: (v) => v !== '' || t('account.fieldError.REQUIRED') })}
            >
              <option value="">{t('account.chooseIntegrator')}</option>
              {choices.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName} ({a.username})
                </option>
              ))}
            </select>
            {errors.integratorId && <p className="field-error">{errors.integratorId.message}</p>}
          </div>
          <div className="field">
            <label htmlFor="token-name" className="field-label">
              {t('account.tokenName')}
            </label>
            <input
              id="token-name"
              data-testid="token-name"
              aria-invalid={errors.name ? true : undefined}
              {...register('name', { validate: (v) => v.trim() !== '' || t('account.fieldError.REQUIRED') })}
            />
            {errors.name && <p className="field-error">{errors.name.message}</p>}
          </div>
          {failure && (
            <p className="form-failure" role="alert">
              {failure}
            </p>
          )}
          <div className="account-form-actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="token-submit">
              {t('account.createToken')}
            </button>
          </div>
        </form>
      )}
      {created && (
        <div className="page-note token-secret" role="status" data-testid="token-secret">
          <p>
            <strong>{t('account.tokenSecretTitle', { name: created.name })}</strong>
          </p>
          <code className="token-secret-value">{created.secret}</code>
          <p className="field-hint">{t('account.tokenSecretHint')}</p>
        </div>
      )}
      {!data ? (
        error ? (
          <p role="alert">{t('errors.network')}</p>
        ) : null
      ) : data.apiTokens.length === 0 ? (
        <p className="field-hint">{t('account.noTokens')}</p>
      ) : (
        <AdminTable
          caption={t('account.tokensTitle')}
          testId="tokens-table"
          columns={[
            t('account.tokenName'),
            t('account.tokenIntegrator'),
            t('account.tokenCreatedAt'),
            t('account.tokenLastUsed'),
            t('account.actions'),
          ]}
        >
          {data.apiTokens.map((token) => (
            <tr
              key={token.id}
              data-testid={`token-row-${token.name}`}
              className={token.revokedAt ? 'user-row--inactive' : undefined}
            >
              <th scope="row" data-label={t('account.tokenName')}>
                {token.name}
              </th>
              <td data-label={t('account.tokenIntegrator')}>
                {token.integrator.displayName} ({token.integrator.username})
                {!token.integrator.active && <span className="user-flag"> · {t('account.accountInactive')}</span>}
              </td>
              <td data-label={t('account.tokenCreatedAt')}>{formatDateTime(token.createdAt, i18n.language)}</td>
              <td data-label={t('account.tokenLastUsed')}>
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt, i18n.language) : t('account.never')}
              </td>
              <td data-label={t('account.actions')}>
                {token.revokedAt ? t('account.revoked') : <RevokeTokenButton token={token} />}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}

/** "Cabut" after a confirmation: the token stops working at once. */
function RevokeTokenButton({ token }: { token: ApiTokenFieldsFragment }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeApiTokenDocument);
  const onRevoke = async () => {
    try {
      const { data } = await revoke({ variables: { id: token.id } });
      const result = data?.revokeApiToken;
      if (result?.__typename === 'ValidationError')
        setMessage(result.fieldErrors.map((e) => fieldErrorText(t, e)).join(' '));
    } catch (caught) {
      setMessage(errorText(t, caught));
    }
    setConfirming(false);
  };
  return (
    <div className="user-actions">
      {!confirming ? (
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => setConfirming(true)}
          data-testid={`token-revoke-${token.name}`}
        >
          {t('account.revoke')}
        </button>
      ) : (
        <ConfirmGroup
          question={t('account.confirmRevoke', { name: token.name })}
          confirmLabel={t('account.revokeConfirm')}
          busy={loading}
          onConfirm={() => void onRevoke()}
          onCancel={() => setConfirming(false)}
          confirmTestId={`token-revoke-confirm-${token.name}`}
        />
      )}
      {message && (
        <p className="user-action-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
