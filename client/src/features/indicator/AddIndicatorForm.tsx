import { useState } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CLUSTERS, IndicatorFormFields } from './IndicatorFormFields';
import type { IndicatorFormValues } from './scoring-rule-form';
import { indicatorFieldsOf, instrumentRefusalText, useAddIndicator } from './use-indicator-set-admin';
import { AdminFormEnd } from '../../shared/admin/AdminForm';
import type { PlausibilityRule } from '@kecala/domain';
import { EMPTY_PLAUSIBILITY, plausibilityRuleOf } from './plausibility-rule-form';
import '../account/account.css';
import './indicator.css';

export interface AddIndicatorFormValues extends IndicatorFormValues {
  code: string;
  position: string;
}

/** Indicator codes as the seeded set writes them: the cluster code, "-", a 2–3 digit number (K3-12). */
export const INDICATOR_CODE = /^(KEL|K[1-5])-\d{2,3}$/;

const withPlausibility = (rule: PlausibilityRule | null) => (rule ? { plausibility: rule } : {});

/** A blank YES_NO indicator of `clusterCode`: the admin fills in the rest. */
export function blankIndicator(clusterCode: string): AddIndicatorFormValues {
  return {
    code: `${clusterCode}-`,
    position: '',
    name: '',
    shortName: '',
    nameEn: '',
    guidance: '',
    measureType: 'YES_NO',
    direction: 'HIGHER_IS_BETTER',
    clusterCode,
    maxPoints: '',
    numeratorLabel: '',
    denominatorLabel: '',
    unit: '',
    shortNameEn: '',
    guidanceEn: '',
    numeratorLabelEn: '',
    denominatorLabelEn: '',
    unitEn: '',
    bands: [{ min: '', max: '', points: '' }],
    noCasesPoints: '',
    yesPoints: '',
    noPoints: '0',
    options: [],
    evidence: [],
    plausibility: { ...EMPTY_PLAUSIBILITY },
  };
}

/**
 * "Tambah indikator": a new indicator of a DRAFT set, with its rule (checked like the server does
 * before sending) and optional checklist, at a place within its cluster. The set and the list are
 * refetched, so the total follows.
 */
export function AddIndicatorForm({
  setCode,
  onDone,
  onCancel,
}: {
  setCode: string;
  onDone: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<AddIndicatorFormValues>({ defaultValues: blankIndicator('K1') });
  const {
    handleSubmit,
    formState: { isSubmitting },
  } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const addIndicator = useAddIndicator(setCode);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const outcome = await addIndicator(values, {
      ...indicatorFieldsOf(values),
      setCode,
      code: values.code.trim().toUpperCase(),
      position: values.position.trim() === '' ? null : Number(values.position),
      // A new indicator without bounds has no rule: null and omitted mean the same.
      ...withPlausibility(plausibilityRuleOf(values.plausibility, values.measureType)),
      evidenceItems: values.evidence.length > 0 ? values.evidence : null,
    });
    if (outcome.kind === 'added') onDone(outcome.code);
    else setFailure(instrumentRefusalText(t, outcome));
  });

  return (
    <FormProvider {...(form as unknown as ReturnType<typeof useForm<IndicatorFormValues>>)}>
      <form
        className="indicator-editor"
        noValidate
        onSubmit={onSubmit}
        data-testid="add-indicator-form"
        aria-label={t('instrument.addIndicatorTitle', { code: setCode })}
      >
        <h3>{t('instrument.addIndicatorTitle', { code: setCode })}</h3>
        <NewIndicatorPlace />
        <IndicatorFormFields code="new" />
        <AdminFormEnd
          failure={failure}
          failureTestId="add-indicator-failure"
          submitLabel={t('instrument.addIndicator')}
          submitTestId="add-indicator-submit"
          busy={isSubmitting}
          onCancel={onCancel}
        />
      </form>
    </FormProvider>
  );
}

/** The new indicator's code (within its cluster) and its place in the cluster. */
function NewIndicatorPlace() {
  const { t } = useTranslation();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<AddIndicatorFormValues>();
  const clusterCode = useWatch({ control, name: 'clusterCode' });
  return (
    <div className="indicator-editor-grid">
      <div className="field">
        <label htmlFor="new-indicator-code" className="field-label">
          {t('instrument.field.code')}
        </label>
        <input
          id="new-indicator-code"
          data-testid="new-indicator-code"
          autoCapitalize="characters"
          aria-invalid={errors.code ? true : undefined}
          aria-describedby="new-indicator-code-hint"
          {...register('code', {
            validate: (v) => {
              const code = v.trim().toUpperCase();
              if (!INDICATOR_CODE.test(code)) return t('instrument.indicatorCodeInvalid');
              return (
                code.startsWith(`${clusterCode}-`) || t('instrument.indicatorCodeCluster', { cluster: clusterCode })
              );
            },
          })}
        />
        <p id="new-indicator-code-hint" className="field-hint">
          {t('instrument.indicatorCodeHint')}
        </p>
        {errors.code && <p className="field-error">{errors.code.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="new-indicator-position" className="field-label">
          {t('instrument.field.position')}
        </label>
        <input
          id="new-indicator-position"
          type="number"
          inputMode="numeric"
          min={1}
          data-testid="new-indicator-position"
          {...register('position', {
            validate: (v) =>
              v.trim() === '' || (Number.isInteger(Number(v)) && Number(v) >= 1) || t('instrument.positionInvalid'),
          })}
        />
        <p className="field-hint">{t('instrument.positionHint')}</p>
        {errors.position && <p className="field-error">{errors.position.message}</p>}
      </div>
    </div>
  );
}

export { CLUSTERS };
