import { useState } from 'react';
import { type UseFormReturn, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserAccountFieldsFragment } from '../../gql/graphql';
import { newPasswordRule } from './password-rule';
import { placeFieldErrors, refusalText } from '../../shared/outcome-text';
import { AdminField, AdminForm, AdminFormEnd, PasswordField } from '../../shared/admin/AdminForm';
import { useSaveUser } from './use-user-account';
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

interface UserFormProps {
  user?: UserAccountFieldsFragment;
  kecamatans: ReadonlyArray<{ code: string; name: string }>;
  onDone: (saved: UserAccountFieldsFragment) => void;
  onCancel: () => void;
}

/** The form's state and its submit: the outcome's field errors go beside their fields. */
function useUserForm(user: UserAccountFieldsFragment | undefined, onDone: UserFormProps['onDone']) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSaveUser();
  const form = useForm<UserFormValues>({
    defaultValues: {
      username: user?.username ?? '',
      displayName: user?.displayName ?? '',
      role: (user?.role as AccountRole | undefined) ?? 'OPERATOR',
      kecamatanCode: user?.kecamatan?.code ?? '',
      password: '',
    },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const kecamatanCode = values.role === 'OPERATOR' ? values.kecamatanCode || null : null;
    const displayName = values.displayName.trim();
    const outcome = user
      ? await save.update({ id: user.id, displayName, role: values.role, kecamatanCode })
      : await save.create({
          username: values.username.trim().toLowerCase(),
          displayName,
          role: values.role,
          kecamatanCode,
          // An integrator account has no password: it reads through API tokens only.
          password: values.role === 'INTEGRATOR' ? null : values.password,
        });
    if (outcome.kind === 'saved') onDone(outcome.user);
    else if (outcome.kind === 'invalid') setFailure(placeFieldErrors(t, outcome.fieldErrors, FIELDS, form.setError));
    else setFailure(refusalText(t, outcome));
  });
  return { form, failure, onSubmit };
}

/**
 * Creates an account (all fields) or edits one (`user` given: name, role, kecamatan). The
 * password is checked with the shared policy before sending; the server's field errors are shown
 * beside their fields.
 */
export function UserForm({ user, kecamatans, onDone, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const editing = user != null;
  const { form, failure, onSubmit } = useUserForm(user, onDone);
  const title = editing ? t('account.editTitle', { username: user.username }) : t('account.createTitle');
  return (
    <AdminForm label={title} title={title} onSubmit={onSubmit}>
      <UserFields form={form} user={user} kecamatans={kecamatans} />
      <AdminFormEnd
        failure={failure}
        submitLabel={editing ? t('account.save') : t('account.create')}
        submitTestId="user-submit"
        busy={form.formState.isSubmitting}
        onCancel={onCancel}
      />
    </AdminForm>
  );
}

function UserFields({
  form,
  user,
  kecamatans,
}: {
  form: UseFormReturn<UserFormValues>;
  user?: UserAccountFieldsFragment;
  kecamatans: UserFormProps['kecamatans'];
}) {
  const { t } = useTranslation();
  const { register, control, getValues } = form;
  const { errors } = form.formState;
  const editing = user != null;
  const role = useWatch({ control, name: 'role' });
  const integrator = role === 'INTEGRATOR';
  // Editing: a person stays a person, an integrator stays an integrator.
  const roles = editing ? (user.role === 'INTEGRATOR' ? (['INTEGRATOR'] as const) : PERSON_ROLES) : ACCOUNT_ROLES;
  const aria = ariaOf(errors);
  const field = fieldOf(errors);
  return (
    <>
      {!editing && (
        <AdminField
          id="user-username"
          label={t('account.username')}
          hint={t('account.usernameHint')}
          {...field('username')}
        >
          <input
            id="user-username"
            type="text"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            data-testid="user-username"
            {...aria('username')}
            {...register('username', {
              validate: (v) =>
                /^[a-z0-9][a-z0-9._-]{2,59}$/.test(v.trim().toLowerCase()) || t('account.fieldError.INVALID_USERNAME'),
            })}
          />
        </AdminField>
      )}
      <AdminField id="user-displayname" label={t('account.displayName')} {...field('displayName')}>
        <input
          id="user-displayname"
          type="text"
          data-testid="user-displayname"
          {...aria('displayName')}
          {...register('displayName', { validate: (v) => v.trim() !== '' || t('account.fieldError.REQUIRED') })}
        />
      </AdminField>
      <UserRoleFields form={form} roles={roles} kecamatans={kecamatans} />
      {!editing && !integrator && (
        <PasswordField
          id="user-password"
          label={t('account.initialPassword')}
          autoComplete="new-password"
          hint={t('account.passwordHint')}
          error={errors.password?.message}
          registration={register('password', {
            validate: (v) => getValues('role') === 'INTEGRATOR' || newPasswordRule(t, () => getValues('username'))(v),
          })}
        />
      )}
    </>
  );
}

type Errors = UseFormReturn<UserFormValues>['formState']['errors'];

/** A control's aria attributes pointing at its error line. */
const ariaOf = (errors: Errors) => (name: FieldName) => ({
  'aria-invalid': errors[name] ? true : undefined,
  'aria-describedby': errors[name] ? `user-${name}-error` : undefined,
});
const fieldOf = (errors: Errors) => (name: FieldName) => ({
  error: errors[name]?.message,
  errorId: `user-${name}-error`,
});

/** Role (with the integrator's hint) and kecamatan (an operator's only). */
function UserRoleFields({
  form,
  roles,
  kecamatans,
}: {
  form: UseFormReturn<UserFormValues>;
  roles: readonly AccountRole[];
  kecamatans: UserFormProps['kecamatans'];
}) {
  const { t } = useTranslation();
  const { register, control, getValues } = form;
  const { errors } = form.formState;
  const role = useWatch({ control, name: 'role' });
  const integrator = role === 'INTEGRATOR';
  const aria = ariaOf(errors);
  const field = fieldOf(errors);
  return (
    <>
      <AdminField id="user-role" label={t('account.role')} {...field('role')}>
        <select
          id="user-role"
          data-testid="user-role"
          aria-describedby={aria('role')['aria-describedby']}
          {...register('role')}
        >
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
      </AdminField>
      <AdminField id="user-kecamatan" label={t('account.kecamatan')} {...field('kecamatanCode')}>
        <select
          id="user-kecamatan"
          data-testid="user-kecamatan"
          disabled={role !== 'OPERATOR'}
          {...aria('kecamatanCode')}
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
      </AdminField>
    </>
  );
}
