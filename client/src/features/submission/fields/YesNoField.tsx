import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AnswerFormValues } from '../answer-draft';
import { type AnswerFieldProps, FieldMessage, fieldIds, useFieldInvalid } from './FieldMessage';
import './fields.css';

export interface ChoiceFieldProps extends AnswerFieldProps {
  /** Called after a choice is made: a tap is a complete answer, so the card saves at once. */
  onCommit?: () => void;
}

/** Two large radio buttons, Ya / Tidak. */
export function YesNoField({ idPrefix, disabled, onCommit }: ChoiceFieldProps) {
  const { t } = useTranslation();
  const { register } = useFormContext<AnswerFormValues>();
  const { inputId, errorId } = fieldIds(idPrefix, 'yes');
  const invalid = useFieldInvalid('yes');
  const field = register('yes', { onChange: () => onCommit?.() });
  return (
    <fieldset className="choice-group choice-group--yes-no" aria-describedby={invalid ? errorId : undefined}>
      <legend className="field-label">{t('indicator.answer')}</legend>
      <div className="choice-row">
        <label className="choice choice--large">
          <input
            type="radio"
            id={`${inputId}-true`}
            value="true"
            disabled={disabled}
            data-testid={`${idPrefix}-yes`}
            {...field}
          />
          <span>{t('field.yes')}</span>
        </label>
        <label className="choice choice--large">
          <input
            type="radio"
            id={`${inputId}-false`}
            value="false"
            disabled={disabled}
            data-testid={`${idPrefix}-no`}
            {...field}
          />
          <span>{t('field.no')}</span>
        </label>
      </div>
      <FieldMessage id={errorId} name="yes" />
    </fieldset>
  );
}
