import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFormValues } from './scoring-rule-form';
import './instrument.css';

/** The rule of one indicator, by measure type: bands (min/max/points), yes/no points, or options. */
export function ScoringRuleEditor({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register, watch, control } = useFormContext<IndicatorFormValues>();
  const measureType = watch('measureType');
  const bands = useFieldArray({ control, name: 'bands' });
  const options = useFieldArray({ control, name: 'options' });

  if (measureType === 'YES_NO') {
    return (
      <fieldset className="rule-editor" data-testid={`rule-editor-${code}`}>
        <legend>{t('instrument.rule.title')}</legend>
        <div className="rule-row">
          <label>
            {t('instrument.rule.yesPoints')}
            <input type="number" inputMode="decimal" data-testid={`rule-yes-${code}`} {...register('yesPoints')} />
          </label>
          <label>
            {t('instrument.rule.noPoints')}
            <input type="number" inputMode="decimal" data-testid={`rule-no-${code}`} {...register('noPoints')} />
          </label>
        </div>
      </fieldset>
    );
  }
  if (measureType === 'OPTIONS') {
    return (
      <fieldset className="rule-editor" data-testid={`rule-editor-${code}`}>
        <legend>{t('instrument.rule.title')}</legend>
        {options.fields.map((field, i) => (
          <div className="rule-row" key={field.id} data-testid={`rule-option-${code}-${i}`}>
            <label>
              {t('instrument.rule.value')}
              <input {...register(`options.${i}.value`)} />
            </label>
            <label>
              {t('instrument.rule.label')}
              <input {...register(`options.${i}.label`)} />
            </label>
            <label>
              {t('instrument.rule.labelEn')}
              <input {...register(`options.${i}.labelEn`)} />
            </label>
            <label>
              {t('instrument.rule.points')}
              <input
                type="number"
                inputMode="decimal"
                data-testid={`rule-option-points-${code}-${i}`}
                {...register(`options.${i}.points`)}
              />
            </label>
            <button
              type="button"
              className="button button--small"
              onClick={() => options.remove(i)}
              aria-label={t('instrument.rule.removeRow')}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => options.append({ value: '', label: '', labelEn: '', points: '0' })}
        >
          {t('instrument.rule.addOption')}
        </button>
      </fieldset>
    );
  }
  return (
    <fieldset className="rule-editor" data-testid={`rule-editor-${code}`}>
      <legend>{t('instrument.rule.title')}</legend>
      <p className="field-hint">{t('instrument.rule.bandsHint')}</p>
      {bands.fields.map((field, i) => (
        <div className="rule-row" key={field.id} data-testid={`rule-band-${code}-${i}`}>
          <label>
            {t('instrument.rule.min')}
            <input type="number" inputMode="decimal" {...register(`bands.${i}.min`)} />
          </label>
          <label>
            {t('instrument.rule.max')}
            <input type="number" inputMode="decimal" {...register(`bands.${i}.max`)} />
          </label>
          <label>
            {t('instrument.rule.points')}
            <input
              type="number"
              inputMode="decimal"
              data-testid={`rule-band-points-${code}-${i}`}
              {...register(`bands.${i}.points`)}
            />
          </label>
          <button
            type="button"
            className="button button--small"
            onClick={() => bands.remove(i)}
            aria-label={t('instrument.rule.removeRow')}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => bands.append({ min: '', max: '', points: '0' })}
      >
        {t('instrument.rule.addBand')}
      </button>
      {measureType === 'PERCENTAGE' && (
        <label className="rule-row">
          {t('instrument.rule.noCasesPoints')}
          <input type="number" inputMode="decimal" {...register('noCasesPoints')} />
        </label>
      )}
    </fieldset>
  );
}
