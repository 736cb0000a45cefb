import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MEASURE_TYPES } from '@kecala/domain';
import { IndicatorEnglishFields } from './IndicatorEnglishFields';
import { ScoringRuleEditor } from './ScoringRuleEditor';
import { PlausibilityRuleEditor } from './PlausibilityRuleEditor';
import { RuleInput, RuleRows } from './RuleRows';
import type { IndicatorFormValues } from './scoring-rule-form';
import './indicator.css';

/** The six KLA groups, in order. */
export const CLUSTERS = ['KEL', 'K1', 'K2', 'K3', 'K4', 'K5'] as const;

/**
 * The fields of one indicator (names, guidance, measure type, direction, cluster, maxPoints,
 * labels), its scoring rule and its evidence checklist, inside the caller's form. `code` names
 * the test ids (the indicator's code, or "new").
 */
export function IndicatorFormFields({ code }: { code: string }) {
  return (
    <>
      <IndicatorMainFields code={code} />
      <IndicatorEnglishFields code={code} />
      <ScoringRuleEditor code={code} />
      <PlausibilityRuleEditor code={code} />
      <EvidenceChecklistEditor code={code} />
    </>
  );
}

/** One labelled control of the indicator grid. */
function GridField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

function IndicatorMainFields({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext<IndicatorFormValues>();
  return (
    <div className="indicator-editor-grid">
      <GridField label={t('instrument.field.name')}>
        <textarea rows={2} {...register('name')} />
      </GridField>
      <GridField label={t('instrument.field.shortName')}>
        <input {...register('shortName')} />
      </GridField>
      <GridField label={t('instrument.field.nameEn')}>
        <textarea rows={2} {...register('nameEn')} />
      </GridField>
      <GridField label={t('instrument.field.guidance')}>
        <textarea rows={3} {...register('guidance')} />
      </GridField>
      <GridField label={t('instrument.field.measureType')}>
        <select {...register('measureType')}>
          {MEASURE_TYPES.map((m) => (
            <option key={m} value={m}>
              {t(`instrument.measureType.${m}`)}
            </option>
          ))}
        </select>
      </GridField>
      <GridField label={t('instrument.field.direction')}>
        <select {...register('direction')}>
          <option value="HIGHER_IS_BETTER">{t('instrument.direction.HIGHER_IS_BETTER')}</option>
          <option value="LOWER_IS_BETTER">{t('instrument.direction.LOWER_IS_BETTER')}</option>
        </select>
      </GridField>
      <GridField label={t('instrument.field.cluster')}>
        <select data-testid={`cluster-${code}`} {...register('clusterCode')}>
          {CLUSTERS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </GridField>
      <GridField label={t('instrument.field.maxPoints')}>
        <input type="number" inputMode="numeric" data-testid={`max-points-${code}`} {...register('maxPoints')} />
      </GridField>
      {(['numeratorLabel', 'denominatorLabel', 'unit'] as const).map((name) => (
        <GridField key={name} label={t(`instrument.field.${name}`)}>
          <input {...register(name)} />
        </GridField>
      ))}
    </div>
  );
}

function EvidenceChecklistEditor({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register, control } = useFormContext<IndicatorFormValues>();
  const evidence = useFieldArray({ control, name: 'evidence' });
  return (
    <fieldset className="rule-editor">
      <legend>{t('instrument.evidence.title')}</legend>
      <RuleRows
        rowIds={evidence.fields.map((field) => field.id)}
        rowTestId={`evidence-row-${code}`}
        renderRow={(i) => (
          <>
            <RuleInput label={t('instrument.evidence.code')} name={`evidence.${i}.code`} />
            <RuleInput label={t('instrument.rule.label')} name={`evidence.${i}.label`} />
            <RuleInput label={t('instrument.rule.labelEn')} name={`evidence.${i}.labelEn`} />
            <label className="checkbox">
              <input type="checkbox" {...register(`evidence.${i}.required`)} /> {t('instrument.evidence.required')}
            </label>
          </>
        )}
        onRemove={(i) => evidence.remove(i)}
        addLabel={t('instrument.evidence.add')}
        onAdd={() => evidence.append({ code: '', label: '', labelEn: '', required: true })}
      />
    </fieldset>
  );
}
