import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { EditableIndicatorFieldsFragment } from '../../gql/graphql';
import {
  DeleteIndicatorDocument,
  IndicatorSetDetailDocument,
  IndicatorSetsDocument,
  UpdateEvidenceRequirementsDocument,
  UpdateIndicatorDocument,
} from './instrument.documents';
import { IndicatorFormFields } from './IndicatorFormFields';
import { formValuesOf, indicatorInputOf, ruleOf, ruleProblems, type IndicatorFormValues } from './scoring-rule-form';
import { indicatorText } from '../../shared/localized';
import { plausibilityProblems, plausibilityRuleOf } from './plausibility-rule-form';
import { errorText } from '../../shared/mutation-failure';
import '../account/account.css';
import './instrument.css';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';

/** One indicator of a DRAFT set: its fields, scoring rule and evidence checklist, saved together. */
export function IndicatorEditor({
  setCode,
  indicator,
}: {
  setCode: string;
  indicator: EditableIndicatorFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm<IndicatorFormValues>({ defaultValues: formValuesOf(indicator) });
  const { handleSubmit, formState } = form;
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refetchQueries = [IndicatorSetsDocument];
  const [updateIndicator] = useMutation(UpdateIndicatorDocument, { refetchQueries });
  const [updateEvidence] = useMutation(UpdateEvidenceRequirementsDocument);
  const code = indicator.code;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteIndicator, { loading: deleting }] = useMutation(DeleteIndicatorDocument, {
    refetchQueries: [IndicatorSetsDocument, { query: IndicatorSetDetailDocument, variables: { code: setCode } }],
    awaitRefetchQueries: true,
  });

  const onDelete = async () => {
    setMessage(null);
    try {
      const { data } = await deleteIndicator({ variables: { setCode, indicatorCode: code } });
      const result = data?.deleteIndicator;
      if (result?.__typename === 'ValidationError') {
        setConfirmingDelete(false);
        setMessage({ kind: 'error', text: result.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ') });
      }
      // On success the refetched set no longer lists this indicator, and this editor unmounts.
    } catch (caught) {
      setConfirmingDelete(false);
      setMessage({ kind: 'error', text: errorText(t, caught) });
    }
  };

  const onSave = handleSubmit(async (values) => {
    setMessage(null);
    const problems = [
      ...ruleProblems(values),
      ...plausibilityProblems(values.plausibility, values.measureType).map((p) => p.message),
    ];
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
            ...indicatorInputOf(values),
            scoringRule: ruleOf(values),
            plausibility: plausibilityRuleOf(values.plausibility, values.measureType),
          },
        },
      });
      const result = data?.updateIndicator;
      if (result?.__typename === 'ValidationError') {
        setMessage({ kind: 'error', text: result.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ') });
        return;
      }
      if (formState.dirtyFields.evidence) {
        const saved = await updateEvidence({
          variables: { input: { setCode, indicatorCode: code, items: values.evidence } },
        });
        const evidenceResult = saved.data?.updateEvidenceRequirements;
        if (evidenceResult?.__typename === 'ValidationError') {
          setMessage({
            kind: 'error',
            text: evidenceResult.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' '),
          });
          return;
        }
      }
      form.reset(values);
      setMessage({ kind: 'ok', text: t('instrument.saved') });
    } catch (caught) {
      setMessage({ kind: 'error', text: errorText(t, caught) });
    }
  });

  return (
    <FormProvider {...form}>
      <form
        className="indicator-editor"
        noValidate
        onSubmit={onSave}
        data-testid={`indicator-editor-${code}`}
        aria-label={`${code} ${indicatorText(indicator, 'shortName', i18n.language)}`}
      >
        <h3>
          {code} · {indicatorText(indicator, 'shortName', i18n.language)}
        </h3>
        <IndicatorFormFields code={code} />
        {message && (
          <p
            className={message.kind === 'ok' ? 'form-success' : 'form-failure'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
            data-testid={`indicator-message-${code}`}
          >
            {message.text}
          </p>
        )}
        <div className="account-form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={formState.isSubmitting}
            data-testid={`save-indicator-${code}`}
          >
            {t('instrument.save')}
          </button>
          {!confirmingDelete && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirmingDelete(true)}
              data-testid={`delete-indicator-${code}`}
            >
              {t('instrument.deleteIndicator')}
            </button>
          )}
        </div>
        {confirmingDelete && (
          <ConfirmGroup
            question={t('instrument.confirmDeleteIndicator', { code, points: indicator.maxPoints })}
            confirmLabel={t('instrument.deleteIndicatorConfirm')}
            busy={deleting}
            onConfirm={() => void onDelete()}
            onCancel={() => setConfirmingDelete(false)}
            confirmTestId={`confirm-delete-indicator-${code}`}
          />
        )}
      </form>
    </FormProvider>
  );
}
