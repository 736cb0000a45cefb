import { useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEASURE_TYPES } from '@kecala/domain';
import type { EditableIndicatorFieldsFragment } from '../../gql/graphql';
import { IndicatorSetsDocument, UpdateEvidenceRequirementsDocument, UpdateIndicatorDocument } from './instrument.documents';
import { ScoringRuleEditor } from './ScoringRuleEditor';
import { formValuesOf, ruleOf, ruleProblems, type IndicatorFormValues } from './scoring-rule-form';

const CLUSTERS = ['KEL', 'K1', 'K2', 'K3', 'K4', 'K5'];

/** One indicator of a DRAFT set: its fields, scoring rule and evidence checklist, saved together. */
export function IndicatorEditor({ setCode, indicator }: { setCode: string; indicator: EditableIndicatorFieldsFragment }) {
  const { t } = useTranslation();
  const form = useForm<IndicatorFormValues>({ defaultValues: formValuesOf(indicator) });
  const { register, handleSubmit, control, formState } = form;
  const evidence = useFieldArray({ control, name: 'evidence' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refetchQueries = [IndicatorSetsDocument];
  const [updateIndicator] = useMutation(UpdateIndicatorDocument, { refetchQueries });
  const [updateEvidence] = useMutation(UpdateEvidenceRequirementsDocument);
  const code = indicator.code;

  const onSave = handleSubmit(async (values) => {
    setMessage(null);
    const problems = ruleProblems(values);
    if (problems.length > 0) {
      setMessage({ kind: 'error', text: problems.join('; ') });
      return;
    }
    try {
      const { data } = await updateIndicator({
        variables: {
          input: {
            setCode,
            indicatorCode: code,
            name: values.name,
            shortName: values.shortName,
            nameEn: values.nameEn,
            guidance: values.guidance,
            measureType: values.measureType,
            direction: values.direction,
            clusterCode: values.clusterCode,
            maxPoints: Number(values.maxPoints),
            scoringRule: ruleOf(values),
            numeratorLabel: values.numeratorLabel || null,
            denominatorLabel: values.denominatorLabel || null,
            unit: values.unit || null,
          },
        },
      });
      const result = data?.updateIndicator;
      if (result?.__typename === 'ValidationError') {
        setMessage({ kind: 'error', text: result.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ') });
        return;
      }
      if (formState.dirtyFields.evidence) {
        const saved = await updateEvidence({ variables: { input: { setCode, indicatorCode: code, items: values.evidence } } });
        const evidenceResult = saved.data?.updateEvidenceRequirements;
        if (evidenceResult?.__typename === 'ValidationError') {
          setMessage({ kind: 'error', text: evidenceResult.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ') });
          return;
        }
      }
      form.reset(values);
      setMessage({ kind: 'ok', text: t('instrument.saved') });
    } catch (caught) {
      setMessage({ kind: 'error', text: t('common.errorWithMessage', { message: caught instanceof Error ? caught.message : String(caught) }) });
    }
  });

  return (
    <FormProvider {...form}>
      <form className="indicator-editor" noValidate onSubmit={onSave} data-testid={`indicator-editor-${code}`} aria-label={`${code} ${indicator.shortName}`}>
        <h3>
          {code} · {indicator.shortName}
        </h3>
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
            <select {...register('clusterCode')}>
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
        <ScoringRuleEditor code={code} />
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
              <button type="button" className="button button--small" onClick={() => evidence.remove(i)} aria-label={t('instrument.rule.removeRow')}>
                ×
              </button>
            </div>
          ))}
          <button type="button" className="button button--small" onClick={() => evidence.append({ code: '', label: '', labelEn: '', required: true })}>
            {t('instrument.evidence.add')}
          </button>
        </fieldset>
        {message && (
          <p className={message.kind === 'ok' ? 'form-success' : 'form-failure'} role={message.kind === 'ok' ? 'status' : 'alert'} data-testid={`indicator-message-${code}`}>
            {message.text}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting} data-testid={`save-indicator-${code}`}>
          {t('instrument.save')}
        </button>
      </form>
    </FormProvider>
  );
}
