import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { plausibilityFieldsOf, plausibilityProblems } from './plausibility-rule-form';
import type { IndicatorFormValues } from './scoring-rule-form';
import './indicator.css';

/**
 * The plausibility bounds of a PERCENTAGE or COUNT indicator (warnings for operators, never a
 * refusal), each checked as typed by the shared domain rule, the problem shown under its input.
 */
export function PlausibilityRuleEditor({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext<IndicatorFormValues>();
  const measureType = useWatch({ control, name: 'measureType' });
  const values = useWatch({ control, name: 'plausibility' });
  const fields = plausibilityFieldsOf(measureType);
  if (fields.length === 0) return null;
  const problems = new Map(plausibilityProblems(values, measureType).map((p) => [p.field, p]));
  return (
    <fieldset className="rule-editor" data-testid={`plausibility-editor-${code}`}>
      <legend>{t('instrument.plausibilityRule.title')}</legend>
      <p className="field-hint">{t('instrument.plausibilityRule.hint')}</p>
      {fields.map((field) => {
        const problem = problems.get(`plausibility.${field}`);
        const errorId = `plausibility-${code}-${field}-error`;
        return (
          <label className="field" key={field}>
            <span className="field-label">{t(`instrument.plausibilityRule.${field}`)}</span>
            <input
              inputMode="decimal"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              data-testid={`plausibility-${code}-${field}`}
              {...register(`plausibility.${field}`)}
            />
            {problem && (
              <span id={errorId} className="field-error" data-testid={`plausibility-error-${code}-${field}`}>
                {t(`instrument.plausibilityRule.errors.${problem.code}`)}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
