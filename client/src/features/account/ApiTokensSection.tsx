import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { placeFieldErrors, refusalText } from '../../shared/outcome-text';
import { ApiTokensDocument } from './account.documents';
import { useCreateApiToken, useRevokeApiToken } from './use-api-tokens';
import './account.css';
import { AdminField, AdminForm, AdminFormEnd } from '../../shared/admin/AdminForm';
import { AdminTable } from '../../shared/admin/AdminTable';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';

interface TokenFormValues {
  name: string;
  integratorId: string;
}

type Integrator = { id: string; username: string; displayName: string; active: boolean };

/**
 * "Token API": the read-only tokens of other systems, each created FOR an integrator account
 * (chosen from the active ones), its secret shown once; revoking asks first.
 */
export function ApiTokensSection({ integrators }: { integrators: ReadonlyArray<Integrator> }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ApiTokensDocument);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const choices = integrators.filter((a) => a.active);

  return (
    <section className="tokens-section" aria-labelledby="tokens-title" data-testid="api-tokens">
      <h2 id="tokens-title">{t('account.tokensTitle')}</h2>
      <p className="page-subtitle">{t('account.tokensIntro')}</p>
      {choices.length === 0 ? (
        <p className="field-hint" data-testid="no-integrators">
          {t('account.noIntegrators')}
        </p>
      ) : (
        <CreateTokenForm choices={choices} onCreated={setCreated} />
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
        <TokensTable tokens={data.apiTokens} />
      )}
    </section>
  );
}

const TOKEN_FIELDS = ['name', 'integratorId'] as const;

/** Name and integrator of a new token; `onCreated` gets the secret (null while a new one is made). */
function CreateTokenForm({
  choices,
  onCreated,
}: {
  choices: readonly Integrator[];
  onCreated: (created: { name: string; secret: string } | null) => void;
}) {
  const { t } = useTranslation();
  const createToken = useCreateApiToken();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TokenFormValues>({ defaultValues: { name: '', integratorId: '' } });
  const required = (v: string) => v.trim() !== '' || t('account.fieldError.REQUIRED');

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    onCreated(null);
    const outcome = await createToken({ name: values.name.trim(), integratorId: values.integratorId });
    if (outcome.kind === 'created') {
      onCreated(outcome);
      reset();
    } else if (outcome.kind === 'invalid') setFailure(placeFieldErrors(t, outcome.fieldErrors, TOKEN_FIELDS, setError));
    else setFailure(refusalText(t, outcome));
  });

  return (
    <AdminForm label={t('account.createToken')} onSubmit={onSubmit}>
      <AdminField id="token-integrator" label={t('account.tokenIntegrator')} error={errors.integratorId?.message}>
        <select
          id="token-integrator"
          data-testid="token-integrator"
          aria-invalid={errors.integratorId ? true : undefined}
          {...register('integratorId', { validate: required })}
        >
          <option value="">{t('account.chooseIntegrator')}</option>
          {choices.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName} ({a.username})
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField id="token-name" label={t('account.tokenName')} error={errors.name?.message}>
        <input
          id="token-name"
          data-testid="token-name"
          aria-invalid={errors.name ? true : undefined}
          {...register('name', { validate: required })}
        />
      </AdminField>
      <AdminFormEnd
        failure={failure}
        submitLabel={t('account.createToken')}
        submitTestId="token-submit"
        busy={isSubmitting}
      />
    </AdminForm>
  );
}

function TokensTable({ tokens }: { tokens: readonly ApiTokenFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  return (
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
      {tokens.map((token) => (
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
  );
}

/** "Cabut" after a confirmation: the token stops working at once. */
function RevokeTokenButton({ token }: { token: ApiTokenFieldsFragment }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [revoke, loading] = useRevokeApiToken(token.id);
  const onRevoke = async () => {
    const outcome = await revoke();
    if (outcome.kind !== 'revoked') setMessage(refusalText(t, outcome));
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
