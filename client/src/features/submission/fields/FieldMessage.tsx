import { useFormState } from 'react-hook-form';
import type { AnswerFormField, AnswerFormValues } from '../answer-draft';
import { useFieldErrorText } from '../field-error-text';

/** The error of one input, referenced by the input's aria-describedby. */
export function FieldMessage({ id, name }: { id: string; name: AnswerFormField }) {
  const { errors } = useFormState<AnswerFormValues>({ name });
  const errorText = useFieldErrorText();
  const error = errors[name];
  const text = errorText(error ? { type: String(error.type), message: error.message } : undefined);
  if (!text) return null;
  return (
    <p id={id} className="field-error" data-testid={`error-${name}`}>
      {text}
    </p>
  );
}

/** Props shared by the answer inputs; `idPrefix` keeps ids unique when many cards share a page. */
export interface AnswerFieldProps {
  idPrefix: string;
  disabled?: boolean;
}

export function fieldIds(idPrefix: string, name: AnswerFormField) {
  return { inputId: `${idPrefix}-${name}`, errorId: `${idPrefix}-${name}-error` };
}

export function useFieldInvalid(name: AnswerFormField): boolean {
  const { errors } = useFormState<AnswerFormValues>({ name });
  return errors[name] != null;
}

export type { AnswerFormValues };
