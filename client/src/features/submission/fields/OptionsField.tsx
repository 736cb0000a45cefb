import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AnswerFormValues } from '../answer-draft';
import { FieldMessage, fieldIds, useFieldInvalid } from './FieldMessage';
import type { ChoiceFieldProps } from './YesNoField';
import './fields.css';

export interface OptionChoice {
  value: string;
  label: string;
  labelEn?: string | null;
}

export interface OptionsFieldProps extends ChoiceFieldProps {
  options: readonly OptionChoice[];
}

/** One radio per option, labelled in the UI language (English label when there is one). */
export function OptionsField({ idPrefix, disabled, options, onCommit }: OptionsFieldProps) {
  const { t, i18n } = useTranslation();
  const { register } = useFormContext<AnswerFormValues>();
  const { inputId, errorId } = fieldIds(idPrefix, 'option');
  const invalid = useFieldInvalid('option');
  const field = register('option', { onChange: () => onCommit?.() });
  return (
    <fieldset className="choice-group" aria-describedby={invalid ? errorId : undefined}>
      <legend className="field-label">{t('field.options')}</legend>
      <div className="choice-list">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              id={`${inputId}-${option.value}`}
              value={option.value}
              disabled={disabled}
              data-testid={`${idPrefix}-option-${option.value}`}
              {...field}
            />
            <span>{i18n.language === 'en' && option.labelEn ? option.labelEn : option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessage id={errorId} name="option" />
    </fieldset>
  );
}
