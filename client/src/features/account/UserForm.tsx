import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import type { UserAccountFieldsFragment } from '../../gql/graphql';
import { CreateUserDocument, UpdateUserDocument, UsersDocument } from './account.documents';
import { fieldErrorText, newPasswordRule } from './password-rule';
import { errorText } from '../../shared/mutation-failure';
import './account.css';

export type AccountRole = 'ADMIN' | 'EVALUATOR' | 'OPERATOR' | 'INTEGRATOR';
export const ACCOUNT_ROLES: readonly AccountRole[] = ['OPERATOR', 'EVALUATOR', 'ADMIN', 'INTEGRATOR'];
/** Roles a person's account may take; an integrator account stays an integrator (the server refuses the change). */
const PERSON_ROLES: readonly AccountRole[] = ['OPERATOR', 'EVALUATOR', 'ADMIN'];

export interface UserFormValues {
  username: string;
  displayName: string;
  role: AccountRole;
  kecamatanCode: string;
  password: string;
}

type FieldName = keyof UserFormValues;
const FIELDS: readonly FieldName[] = ['username', 'displayName', 'role', 'kecamatanCode', 'password'];

/**
 * Creates an account (all fields) or edits one (`user` given: name, role, kecamatan). The
 * password is checked with the shared policy before sending; the server's field errors are shown
 * beside their fields.
 */
export function UserForm({
  user,
  kecamatans,
  onDone,
  onCancel,
}: {
  user?: UserAccountFieldsFragment;
  kecamatans: ReadonlyArray<{ code: string; name: string }>;
  onDone: (saved: UserAccountFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const editing = user != null;
  const [failure, setFailure] = useState<string | null>(null);
  const [createUser] = useMutation(CreateUserDocument, { refetchQueries: [UsersDocument] });
  const [updateUser] = useMutation(UpdateUserDocument);
  const {
    register,
    handleSubmit,
    control,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UserFormValues>({
    defaultValues: {
      username: user?.username ?? '',
      displayName: user?.displayName ?? '',
      role: (user?.role as AccountRole | undefined) ?? 'OPERATOR',
      kecamatanCode: user?.kecamatan?.code ?? '',
      password: '',
    },
  });
  const role = useWatch({ control, name: 'role' });
  const integrator = role === 'INTEGRATOR';
  // Editing: a person stays a person, an integrator stays an integrator.
  const roles = editing ? (user.role === 'INTEGRATOR' ? (['INTEGRATOR'] as const) : PERSON_ROLES) : ACCOUNT_ROLES;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const kecamatanCode = values.role === 'OPERATOR' ? values.kecamatanCode || null : null;
    try {
      const result = editing
        ? (
            await updateUser({
              variables: {
                input: { id: user.id, displayName: values.displayName.trim(), role: values.role, kecamatanCode },
              },
            })
          ).data?.updateUser
        : (
            await createUser({
              variables: {
                input: {
                  username: values.username.trim().toLowerCase(),
                  displayName: values.displayName.trim(),
                  role: values.role,
                  kecamatanCode,
                  // An integrator account has no password: it reads through API tokens only.
                  password: values.role === 'INTEGRATOR' ? null : values.password,
                },
              },
            })
          ).data?.createUser;
      if (result?.__typename === 'UserAccount') onDone(result);
      else if (result?.__typename === 'ValidationError') {
        for (const fieldError of result.fieldErrors) {
          const name = fieldError.field as FieldName;
          if (FIELDS.includes(name)) setError(name, { message: fieldErrorText(t, fieldError) });
          else setFailure(fieldErrorText(t, fieldError));
        }
      }
    } catch (error) {
      setFailure(errorText(t, error));
    }
  });

  const describedBy = (name: FieldName) => (errors[name] ? `user-${name}-error` : undefined);
  const errorLine = (name: FieldName) =>
    errors[name] && (
      <p id={`user-${name}-error`} className="field-error">
        {errors[name]?.message}
      </p>
    );

  return (
    <form
      className="account-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={editing ? t('account.editTitle', { username: user.username }) : t('account.createTitle')}
    >
      <h2>{editing ? t('account.editTitle', { username: user.username }) : t('account.createTitle')}</h2>
      {!editing && (
        <div className="field">
          <label htmlFor="user-username" className="field-label">
            {t('account.username')}
          </label>
          <input
            id="user-username"
            type="text"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            data-testid="user-username"
            aria-invalid={errors.username ? true : undefined}
            aria-describedby={describedBy('username')}
            {...register('username', {
              validate: (v) =>
                /^[a-z0-9][a-z0-9._-]{2,59}$/.test(v.trim().toLowerCase()) || t('account.fieldError.INVALID_USERNAME'),
            })}
          />
          <p className="field-hint">{t('account.usernameHint')}</p>
          {errorLine('username')}
        </div>
      )}
      <div className="field">
        <label htmlFor="user-displayname" className="field-label">
          {t('account.displayName')}
        </label>
        <input
          id="user-displayname"
          type="text"
          data-testid="user-displayname"
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={describedBy('displayName')}
          {...register('displayName', { validate: (v) => v.trim() !== '' || t('account.fieldError.REQUIRED') })}
        />
        {errorLine('displayName')}
      </div>
      <div className="field">
        <label htmlFor="user-role" className="field-label">
          {t('account.role')}
        </label>
        <select id="user-role" data-testid="user-role" aria-describedby={describedBy('role')} {...register('role')}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        {integrator && (
          <p className="field-hint" data-testid="integrator-hint">
            {t('account.integratorHint')}
          </p>
        )}
        {errorLine('role')}
      </div>
      <div className="field">
        <label htmlFor="user-kecamatan" className="field-label">
          {t('account.kecamatan')}
        </label>
        <select
          id="user-kecamatan"
          data-testid="user-kecamatan"
          disabled={role !== 'OPERATOR'}
          aria-invalid={errors.kecamatanCode ? true : undefined}
          aria-describedby={describedBy('kecamatanCode')}
          {...register('kecamatanCode', {
            validate: (v) => getValues('role') !== 'OPERATOR' || v !== '' || t('account.kecamatanRequired'),
          })}
        >
          <option value="">{role === 'OPERATOR' ? t('account.chooseKecamatan') : t('account.noKecamatan')}</option>
          {kecamatans.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name} ({k.code})
            </option>
          ))}
        </select>
        {errorLine('kecamatanCode')}
      </div>
      {!editing && !integrator && (
        <div className="field">
          <label htmlFor="user-password" className="field-label">
            {t('account.initialPassword')}
          </label>
          <input
            id="user-password"
            type="password"
            autoComplete="new-password"
            data-testid="user-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? 'user-password-error' : 'user-password-hint'}
            {...register('password', {
              validate: (v) => getValues('role') === 'INTEGRATOR' || newPasswordRule(t, () => getValues('username'))(v),
            })}
          />
          <p id="user-password-hint" className="field-hint">
            {t('account.passwordHint')}
          </p>
          {errorLine('password')}
        </div>
      )}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="account-form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="user-submit">
          {editing ? t('account.save') : t('account.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
