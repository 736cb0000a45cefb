import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AnswerFormValues } from '../answer-draft';
import { FieldMessage, fieldIds, useFieldInvalid } from './FieldMessage';

/** The free-text note saved with the answer (source of the data, remarks). */
export function NoteField({ idPrefix, disabled }: { idPrefix: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const { register } = useFormContext<AnswerFormValues>();
  const { inputId, errorId } = fieldIds(idPrefix, 'note');
  const hintId = `${idPrefix}-note-hint`;
  const invalid = useFieldInvalid('note');
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {t('indicator.note')}
      </label>
      <p id={hintId} className="field-hint">
        {t('indicator.noteHint')}
      </p>
      <textarea
        id={inputId}
        rows={2}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        data-testid={`${idPrefix}-note`}
        {...register('note')}
      />
      <FieldMessage id={errorId} name="note" />
    </div>
  );
}
