import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AnswerFormValues } from '../answer-draft';
import { FieldMessage, fieldIds, useFieldInvalid } from './FieldMessage';

export interface NoteTextFieldProps {
  idPrefix: string;
  label: string;
  hint: string;
  testId: string;
  disabled?: boolean;
  required?: boolean;
  /** Called as the text changes (e.g. to clear a "required" error). */
  onEdit?: () => void;
}

/** The form's `note` as a labelled textarea with its hint and error. */
export function NoteTextField({ idPrefix, label, hint, testId, disabled, required, onEdit }: NoteTextFieldProps) {
  const { register } = useFormContext<AnswerFormValues>();
  const { inputId, errorId } = fieldIds(idPrefix, 'note');
  const hintId = `${idPrefix}-note-hint`;
  const invalid = useFieldInvalid('note');
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <textarea
        id={inputId}
        rows={2}
        disabled={disabled}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        data-testid={testId}
        {...register('note', onEdit ? { onChange: onEdit } : undefined)}
      />
      <FieldMessage id={errorId} name="note" />
    </div>
  );
}

/** The free-text note saved with the answer (source of the data, remarks). */
export function NoteField({ idPrefix, disabled }: { idPrefix: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <NoteTextField
      idPrefix={idPrefix}
      label={t('indicator.note')}
      hint={t('indicator.noteHint')}
      testId={`${idPrefix}-note`}
      disabled={disabled}
    />
  );
}
