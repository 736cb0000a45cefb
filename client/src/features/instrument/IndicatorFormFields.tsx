import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MEASURE_TYPES } from '@kecala/domain';
import { IndicatorEnglishFields } from './IndicatorEnglishFields';
import { ScoringRuleEditor } from './ScoringRuleEditor';
import { PlausibilityRuleEditor } from './PlausibilityRuleEditor';
import type { IndicatorFormValues } from './scoring-rule-form';
import './instrument.css';

/** The six KLA groups, in order. */
export const CLUSTERS = ['KEL', 'K1', 'K2', 'K3', 'K4', 'K5'] as const;

/**
 * The fields of one indicator (names, guidance, measure type, direction, cluster, maxPoints,
 * labels), its scoring rule and its evidence checklist, inside the caller's form. `code` names
 * the test ids (the indicator's code, or "new").
 */
export function IndicatorFormFields({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext<IndicatorFormValues>();
  const evidence = useFieldArray({ control, name: 'evidence' });
  return (
    <>
      <div className="indicator-editor-grid">
        <label className="field">
          <span className="field-label">{t('instrument.field.name')}</span>
          <textarea rows={2} {...register('name')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.shortName')}</span>
          <input {...register('shortName')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.nameEn')}</span>
          <textarea rows={2} {...register('nameEn')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.guidance')}</span>
          <textarea rows={3} {...register('guidance')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.measureType')}</span>
          <select {...register('measureType')}>
            {MEASURE_TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`instrument.measureType.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.direction')}</span>
          <select {...register('direction')}>
            <option value="HIGHER_IS_BETTER">{t('instrument.direction.HIGHER_IS_BETTER')}</option>
            <option value="LOWER_IS_BETTER">{t('instrument.direction.LOWER_IS_BETTER')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.cluster')}</span>
          <select data-testid={`cluster-${code}`} {...register('clusterCode')}>
            {CLUSTERS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.maxPoints')}</span>
          <input type="number" inputMode="numeric" data-testid={`max-points-${code}`} {...register('maxPoints')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.numeratorLabel')}</span>
          <input {...register('numeratorLabel')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.denominatorLabel')}</span>
          <input {...register('denominatorLabel')} />
        </label>
        <label className="field">
          <span className="field-label">{t('instrument.field.unit')}</span>
          <input {...register('unit')} />
        </label>
      </div>
      <IndicatorEnglishFields code={code} />
      <ScoringRuleEditor code={code} />
      <PlausibilityRuleEditor code={code} />
      <fieldset className="rule-editor">
        <legend>{t('instrument.evidence.title')}</legend>
        {evidence.fields.map((field, i) => (
          <div className="rule-row" key={field.id} data-testid={`evidence-row-${code}-${i}`}>
            <label>
              {t('instrument.evidence.code')}
              <input {...register(`evidence.${i}.code`)} />
            </label>
            <label>
              {t('instrument.rule.label')}
              <input {...register(`evidence.${i}.label`)} />
            </label>
            <label>
              {t('instrument.rule.labelEn')}
              <input {...register(`evidence.${i}.labelEn`)} />
            </label>
            <label className="checkbox">
              <input type="checkbox" {...register(`evidence.${i}.required`)} /> {t('instrument.evidence.required')}
            </label>
            <button
              type="button"
              className="button button--small"
              onClick={() => evidence.remove(i)}
              aria-label={t('instrument.rule.removeRow')}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => evidence.append({ code: '', label: '', labelEn: '', required: true })}
        >
          {t('instrument.evidence.add')}
        </button>
      </fieldset>
    </>
  );
}
