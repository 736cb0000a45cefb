import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * The pieces every admin form repeats: a labelled field with its error, the failure line, the
 * submit and cancel buttons. Class names are the global ones of `styles/forms.css` and
 * `features/account/account.css`.
 */

/** One field: its label, the control (children), an optional hint and the field's error. */
export function AdminField({
  id,
  label,
  error,
  errorId,
  hint,
  hintId,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  /** Given when the control points at its error with aria-describedby. */
  errorId?: string;
  hint?: ReactNode;
  hintId?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A labelled password input: its test id is its `id`, its error `<id>-error` and its hint
 * `<id>-hint`; the input points at the error when there is one, else at the hint.
 */
export function PasswordField({
  id,
  label,
  autoComplete,
  error,
  hint,
  registration,
}: {
  id: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  error?: string;
  hint?: string;
  /** What `register(name, rules)` returned. */
  registration: UseFormRegisterReturn;
}) {
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <AdminField id={id} label={label} error={error} errorId={errorId} hint={hint} hintId={hintId}>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        data-testid={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : hintId}
        {...registration}
      />
    </AdminField>
  );
}

/** What went wrong with the whole form (not one field), announced. */
export function FormFailure({ failure, testId }: { failure: string | null; testId?: string }) {
  if (!failure) return null;
  return (
    <p className="form-failure" role="alert" data-testid={testId}>
      {failure}
    </p>
  );
}

/** The form's end: the failure line, the primary submit button and, with `onCancel`, "Batal". */
export function AdminFormEnd({
  failure,
  submitLabel,
  submitTestId,
  busy,
  onCancel,
  failureTestId,
}: {
  failure: string | null;
  submitLabel: string;
  submitTestId: string;
  busy: boolean;
  onCancel?: () => void;
  failureTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormFailure failure={failure} testId={failureTestId} />
      <div className="account-form-actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid={submitTestId}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}

/** An admin form: `account-form`, no browser validation, named by its title (shown as h2 when given). */
export function AdminForm({
  label,
  title,
  onSubmit,
  dialog = false,
  children,
}: {
  label: string;
  title?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  dialog?: boolean;
  children: ReactNode;
}) {
  return (
    <form
      className="account-form"
      role={dialog ? 'dialog' : undefined}
      aria-label={label}
      noValidate
      onSubmit={onSubmit}
    >
      {title && <h2>{title}</h2>}
      {children}
    </form>
  );
}
