import type { FocusEvent, FormEvent } from 'react';
import { type UseFormReturn, FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment } from '../../gql/graphql';
import type { AnswerFormValues, SubmissionDraft } from './answer-draft';
import type { CardMessage } from './autosave-state';
import { ConflictNotice } from './ConflictNotice';
import { AnswerFields } from './fields/AnswerFields';
import { NoteField } from './fields/NoteField';
import { PlausibilityNotice } from './PlausibilityNotice';
import type { SavedSubmission } from './submission-saver';
import './IndicatorCard.css';

interface Props {
  indicator: IndicatorFieldsFragment;
  form: UseFormReturn<AnswerFormValues>;
  headingId: string;
  readOnly: boolean;
  save: () => void;
  conflict: { current: SavedSubmission; mine: SubmissionDraft; keepMine: () => void; takeServers: () => void } | null;
  message: CardMessage | null;
  queued: boolean;
  /** Buttons under the answer (clear, confirm carried value, save). */
  actions: React.ReactNode;
  /** Last year's answer: the baseline of the plausibility warnings shown while typing. */
  previous?: PreviousYearFieldsFragment | null;
}

/** The answer control and note; saves when focus leaves the form, on a tapped choice, or on submit. */
export function IndicatorAnswerForm({
  indicator,
  form,
  headingId,
  readOnly,
  save,
  conflict,
  message,
  queued,
  actions,
  previous = null,
}: Props) {
  const { t } = useTranslation();
  const { code } = indicator;
  const idPrefix = `ind-${code}`;
  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    save();
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save();
  }
  return (
    <FormProvider {...form}>
      <form className="indicator-form" noValidate onSubmit={onSubmit} onBlur={onBlur} aria-labelledby={headingId}>
        <fieldset className="indicator-fields" disabled={readOnly}>
          <AnswerFields indicator={indicator} idPrefix={idPrefix} onCommit={save} />
          <PlausibilityNotice indicator={indicator} previous={previous} idPrefix={idPrefix} />
          <NoteField idPrefix={idPrefix} />
          {conflict && (
            <ConflictNotice
              indicator={indicator}
              current={conflict.current}
              mine={conflict.mine}
              onKeepMine={conflict.keepMine}
              onTakeServers={conflict.takeServers}
            />
          )}
          {queued && (
            <p className="card-message card-message--queued" role="status" data-testid={`save-queued-${code}`}>
              {t('save.queued')}
            </p>
          )}
          {message && <CardMessageView code={code} message={message} />}
          {!readOnly && !conflict && <div className="indicator-actions">{actions}</div>}
        </fieldset>
      </form>
    </FormProvider>
  );
}

function CardMessageView({ code, message }: { code: string; message: CardMessage }) {
  const { t: typed } = useTranslation();
  // Message keys are data here (see CardMessage), not literals the typed keys could check.
  const t = typed as unknown as (key: string, params?: Record<string, unknown>) => string;
  const params: Record<string, unknown> = { ...message.params };
  // A workflow status travels as its code; shown in the user's language.
  if (typeof params.status === 'string') params.status = t(`status.${params.status}`);
  return (
    <div className="card-message" role="alert" data-testid={`save-error-${code}`}>
      <p>{t(message.key, params)}</p>
      {message.detail && <p className="card-message-detail">{message.detail}</p>}
    </div>
  );
}
