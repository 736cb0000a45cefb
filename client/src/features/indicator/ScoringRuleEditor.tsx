import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, type UseFieldArrayReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFormValues } from './scoring-rule-form';
import { RuleInput, RuleRows } from './RuleRows';
import './indicator.css';

/** The rule of one indicator, by measure type: bands (min/max/points), yes/no points, or options. */
export function ScoringRuleEditor({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register, watch, control } = useFormContext<IndicatorFormValues>();
  const measureType = watch('measureType');
  const bands = useFieldArray({ control, name: 'bands' });
  const options = useFieldArray({ control, name: 'options' });

  if (measureType === 'YES_NO') {
    return (
      <RuleFieldset code={code}>
        <div className="rule-row">
          <RuleInput label={t('instrument.rule.yesPoints')} name="yesPoints" number testId={`rule-yes-${code}`} />
          <RuleInput label={t('instrument.rule.noPoints')} name="noPoints" number testId={`rule-no-${code}`} />
        </div>
      </RuleFieldset>
    );
  }
  if (measureType === 'OPTIONS') {
    return (
      <RuleFieldset code={code}>
        <OptionRows code={code} options={options} />
      </RuleFieldset>
    );
  }
  return (
    <RuleFieldset code={code}>
      <p className="field-hint">{t('instrument.rule.bandsHint')}</p>
      <BandRows code={code} bands={bands} />
      {measureType === 'PERCENTAGE' && (
        <label className="rule-row">
          {t('instrument.rule.noCasesPoints')}
          <input type="number" inputMode="decimal" {...register('noCasesPoints')} />
        </label>
      )}
    </RuleFieldset>
  );
}

function RuleFieldset({ code, children }: { code: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="rule-editor" data-testid={`rule-editor-${code}`}>
      <legend>{t('instrument.rule.title')}</legend>
      {children}
    </fieldset>
  );
}

function OptionRows({ code, options }: { code: string; options: UseFieldArrayReturn<IndicatorFormValues, 'options'> }) {
  const { t } = useTranslation();
  return (
    <RuleRows
      rowIds={options.fields.map((field) => field.id)}
      rowTestId={`rule-option-${code}`}
      renderRow={(i) => (
        <>
          <RuleInput label={t('instrument.rule.value')} name={`options.${i}.value`} />
          <RuleInput label={t('instrument.rule.label')} name={`options.${i}.label`} />
          <RuleInput label={t('instrument.rule.labelEn')} name={`options.${i}.labelEn`} />
          <RuleInput
            label={t('instrument.rule.points')}
            name={`options.${i}.points`}
            number
            testId={`rule-option-points-${code}-${i}`}
          />
        </>
      )}
      onRemove={(i) => options.remove(i)}
      addLabel={t('instrument.rule.addOption')}
      onAdd={() => options.append({ value: '', label: '', labelEn: '', points: '0' })}
    />
  );
}

function BandRows({ code, bands }: { code: string; bands: UseFieldArrayReturn<IndicatorFormValues, 'bands'> }) {
  const { t } = useTranslation();
  return (
    <RuleRows
      rowIds={bands.fields.map((field) => field.id)}
      rowTestId={`rule-band-${code}`}
      renderRow={(i) => (
        <>
          <RuleInput label={t('instrument.rule.min')} name={`bands.${i}.min`} number />
          <RuleInput label={t('instrument.rule.max')} name={`bands.${i}.max`} number />
          <RuleInput
            label={t('instrument.rule.points')}
            name={`bands.${i}.points`}
            number
            testId={`rule-band-points-${code}-${i}`}
          />
        </>
      )}
      onRemove={(i) => bands.remove(i)}
      addLabel={t('instrument.rule.addBand')}
      onAdd={() => bands.append({ min: '', max: '', points: '0' })}
    />
  );
}
