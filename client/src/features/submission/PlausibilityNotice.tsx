import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PlausibilityList } from './PlausibilityList';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment } from '../../gql/graphql';
import { type AnswerFormValues, draftFromForm } from './answer-draft';
import { FieldMessage, fieldIds, useFieldInvalid } from './fields/FieldMessage';
import { plausibilityWarningsOf } from './previous-year';
import './PlausibilityNotice.css';

interface Props {
  indicator: IndicatorFieldsFragment;
  previous: PreviousYearFieldsFragment | null | undefined;
  idPrefix: string;
}

/**
 * Warnings while typing (the shared domain rule on the watched inputs) and, while there are any,
 * the note confirming the value. A warning never blocks a save: the note travels with the answer
 * through the one save path, like the other fields of the form.
 */
export function PlausibilityNotice({ indicator, previous, idPrefix }: Props) {
  const { t } = useTranslation();
  const { control, register } = useFormContext<AnswerFormValues>();
  const values = useWatch({ control }) as AnswerFormValues;
  const { answer } = draftFromForm(indicator.measureType, { ...values, note: '', plausibilityNote: '' });
  const warnings = plausibilityWarningsOf(indicator, answer, previous);
  const { inputId, errorId } = fieldIds(idPrefix, 'plausibilityNote');
  const invalid = useFieldInvalid('plausibilityNote');
  if (warnings.length === 0) return null;
  return (
    <div className="plausibility" role="status" data-testid={`${idPrefix}-plausibility`}>
      <PlausibilityList title={t('plausibility.title')} warnings={warnings} />
      <label htmlFor={inputId} className="field-label">
        {t('plausibility.noteLabel')}
      </label>
      <textarea
        id={inputId}
        rows={2}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        placeholder={t('plausibility.notePlaceholder')}
        data-testid={`${idPrefix}-plausibility-note`}
        {...register('plausibilityNote')}
      />
      <FieldMessage id={errorId} name="plausibilityNote" />
    </div>
  );
}
