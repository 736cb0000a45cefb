import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { percentageOf } from '@kecala/domain';
import { formatPercent } from '../../../shared/format';
import { type AnswerFormValues, parseWholeNumber } from '../answer-draft';
import type { AnswerFieldProps } from './FieldMessage';
import { NumberInput } from './NumberInput';
import './fields.css';

export interface PercentageFieldProps extends AnswerFieldProps {
  numeratorLabel?: string | null;
  denominatorLabel?: string | null;
  /** The indicator scores 0 / 0 as "no cases" (e.g. victims served / victims reported). */
  allowNoCases?: boolean;
}

/** Numerator and denominator, with the resulting percentage computed live by the domain rule. */
export function PercentageField({
  idPrefix,
  disabled,
  numeratorLabel,
  denominatorLabel,
  allowNoCases = false,
}: PercentageFieldProps) {
  const { t, i18n } = useTranslation();
  const [numeratorText, denominatorText] = useWatch<AnswerFormValues, ['numerator', 'denominator']>({
    name: ['numerator', 'denominator'],
  });
  const numerator = parseWholeNumber(numeratorText ?? '');
  const denominator = parseWholeNumber(denominatorText ?? '');
  const usable = (n: number | null): n is number => n != null && Number.isInteger(n) && n >= 0;
  const percentage = usable(numerator) && usable(denominator) ? percentageOf({ numerator, denominator }) : null;
  const noCases = allowNoCases && numerator === 0 && denominator === 0;

  return (
    <div className="percentage-field">
      <NumberInput
        idPrefix={idPrefix}
        name="numerator"
        label={numeratorLabel || t('field.numerator')}
        disabled={disabled}
      />
      <NumberInput
        idPrefix={idPrefix}
        name="denominator"
        label={denominatorLabel || t('field.denominator')}
        disabled={disabled}
        deps={['numerator']}
      />
      {allowNoCases && <p className="field-hint">{t('field.noCasesHint')}</p>}
      <p className="percentage-result" aria-live="polite">
        <span>{t('field.percentage')}: </span>
        <output data-testid={`${idPrefix}-percentage`} htmlFor={`${idPrefix}-numerator ${idPrefix}-denominator`}>
          {noCases ? t('field.noCases') : percentage == null ? '—' : formatPercent(percentage, i18n.language)}
        </output>
      </p>
    </div>
  );
}
