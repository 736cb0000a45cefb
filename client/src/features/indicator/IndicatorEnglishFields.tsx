import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFormValues } from './scoring-rule-form';
import './indicator.css';

const FIELDS = [
  { name: 'shortNameEn', rows: 0 },
  { name: 'guidanceEn', rows: 3 },
  { name: 'numeratorLabelEn', rows: 0 },
  { name: 'denominatorLabelEn', rows: 0 },
  { name: 'unitEn', rows: 0 },
] as const;

/**
 * The English texts of an indicator beside the Bahasa ones (the full English name sits with the
 * names). Each may stay empty: the EN screens then show the Bahasa text.
 */
export function IndicatorEnglishFields({ code }: { code: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext<IndicatorFormValues>();
  return (
    <fieldset className="rule-editor indicator-english" data-testid={`english-fields-${code}`}>
      <legend>{t('instrument.english.title')}</legend>
      <p className="field-hint">{t('instrument.english.hint')}</p>
      <div className="indicator-editor-grid">
        {FIELDS.map(({ name, rows }) => (
          <label className="field" key={name}>
            <span className="field-label">{t(`instrument.field.${name}`)}</span>
            {rows > 0 ? (
              <textarea rows={rows} data-testid={`${name}-${code}`} {...register(name)} />
            ) : (
              <input data-testid={`${name}-${code}`} {...register(name)} />
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
