import { useTranslation } from 'react-i18next';
import type { AnswerFieldProps } from './FieldMessage';
import { NumberInput } from './NumberInput';

export interface CountFieldProps extends AnswerFieldProps {
  /** E.g. "lembaga", shown after the input. */
  unit?: string | null;
}

export function CountField({ idPrefix, disabled, unit }: CountFieldProps) {
  const { t } = useTranslation();
  return <NumberInput idPrefix={idPrefix} name="count" label={t('field.count')} suffix={unit} disabled={disabled} />;
}
