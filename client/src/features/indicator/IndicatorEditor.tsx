import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EditableIndicatorFieldsFragment } from '../../gql/graphql';
import { IndicatorFormFields } from './IndicatorFormFields';
import { formValuesOf, type IndicatorFormValues } from './scoring-rule-form';
import {
  indicatorFieldsOf,
  instrumentRefusalText,
  useDeleteIndicator,
  useSaveIndicator,
} from './use-indicator-set-admin';
import { indicatorText } from '../../shared/localized';
import { plausibilityRuleOf } from './plausibility-rule-form';
import '../account/account.css';
import './indicator.css';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';

type EditorMessage = { kind: 'ok' | 'error'; text: string };

/** The form of one indicator with its save and delete, each ending in a message. */
function useIndicatorEditor(setCode: string, indicator: EditableIndicatorFieldsFragment) {
  const { t } = useTranslation();
  const form = useForm<IndicatorFormValues>({ defaultValues: formValuesOf(indicator) });
  const { handleSubmit, formState } = form;
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const code = indicator.code;
  const save = useSaveIndicator(setCode, code);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteIndicator, deleting] = useDeleteIndicator(setCode, code);

  const onDelete = async () => {
    setMessage(null);
    const outcome = await deleteIndicator();
    // On success the refetched set no longer lists this indicator, and this editor unmounts.
    if (outcome.kind === 'deleted') return;
    setConfirmingDelete(false);
    setMessage({ kind: 'error', text: instrumentRefusalText(t, outcome) });
  };

  const onSave = handleSubmit(async (values) => {
    setMessage(null);
    const input = {
      ...indicatorFieldsOf(values),
      setCode,
      indicatorCode: code,
      plausibility: plausibilityRuleOf(values.plausibility, values.measureType),
    };
    const outcome = await save(values, input, Boolean(formState.dirtyFields.evidence));
    if (outcome.kind !== 'saved') return setMessage({ kind: 'error', text: instrumentRefusalText(t, outcome) });
    form.reset(values);
    setMessage({ kind: 'ok', text: t('instrument.saved') });
  });

  return { form, message, onSave, onDelete, confirmingDelete, setConfirmingDelete, deleting };
}

/** One indicator of a DRAFT set: its fields, scoring rule and evidence checklist, saved together. */
export function IndicatorEditor({
  setCode,
  indicator,
}: {
  setCode: string;
  indicator: EditableIndicatorFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const { form, message, onSave, onDelete, confirmingDelete, setConfirmingDelete, deleting } = useIndicatorEditor(
    setCode,
    indicator,
  );
  const code = indicator.code;

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
        {message && <IndicatorMessage code={code} message={message} />}
        <div className="account-form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={form.formState.isSubmitting}
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

function IndicatorMessage({ code, message }: { code: string; message: EditorMessage }) {
  return (
    <p
      className={message.kind === 'ok' ? 'form-success' : 'form-failure'}
      role={message.kind === 'ok' ? 'status' : 'alert'}
      data-testid={`indicator-message-${code}`}
    >
      {message.text}
    </p>
  );
}
