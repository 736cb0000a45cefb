import { useFormContext } from 'react-hook-form';
import type { AnswerFormValues } from '../answer-draft';
import { FieldMessage, fieldIds, useFieldInvalid } from './FieldMessage';
import './fields.css';

interface NumberInputProps {
  idPrefix: string;
  name: 'numerator' | 'denominator' | 'count';
  label: string;
  suffix?: string | null;
  disabled?: boolean;
  /** Fields whose errors depend on this one (the numerator's "greater than denominator"). */
  deps?: Array<'numerator' | 'denominator'>;
}

/**
 * A whole-number input. type="text" + inputMode="numeric" shows the numeric keypad on Android
 * without the browser silently dropping text it cannot parse (type="number" would hide "1.000").
 */
export function NumberInput({ idPrefix, name, label, suffix, disabled, deps }: NumberInputProps) {
  const { register } = useFormContext<AnswerFormValues>();
  const { inputId, errorId } = fieldIds(idPrefix, name);
  const invalid = useFieldInvalid(name);
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div className="number-input">
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          enterKeyHint="next"
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          data-testid={`${idPrefix}-${name}`}
          {...register(name, deps ? { deps } : undefined)}
        />
        {suffix ? <span className="number-input-suffix">{suffix}</span> : null}
      </div>
      <FieldMessage id={errorId} name={name} />
    </div>
  );
}
