import { useMemo, useState } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { type AnswerFormValues, formFieldOfPath, formFromStored } from '../submission/answer-draft';
import { indicatorTitle } from '../submission/submission-status';
import { actionsFor, latestChangeOf, planVerify } from './review-decision-plan';
import { type ReviewAction, type ReviewOutcome, useReviewSubmission } from './use-review-submission';
import { type ResultMessage, reviewFailureResult } from './ReviewResultBox';

export type { ResultMessage };

/** The open decision and what the evaluator typed into it. */
interface Panel {
  mode: ReviewAction | null;
  reason: string;
  reasonError: string | null;
  correct: boolean;
}

const CLOSED: Panel = { mode: null, reason: '', reasonError: null, correct: false };

type Translate = TFunction;

/** The words of an outcome other than `invalid` (whose errors go next to their fields). */
function resultOf(
  outcome: Exclude<ReviewOutcome, { kind: 'invalid' }>,
  t: Translate,
  language: string,
  indicator: IndicatorFieldsFragment,
): ResultMessage {
  switch (outcome.kind) {
    case 'reviewed':
      return { tone: 'ok', text: t(`review.done.${outcome.action}`) };
    case 'invalidTransition':
      return {
        tone: 'error',
        text: t('review.invalidTransition', {
          indicator: indicatorTitle(indicator, language),
          status: t(`status.${outcome.currentStatus}`),
        }),
        detail: outcome.message,
      };
    case 'stale':
      return {
        tone: 'error',
        text: t('review.stale', { time: formatDateTime(latestChangeOf(outcome.current), language) }),
        detail: t('review.staleReloaded', { status: t(`status.${outcome.current.status}`) }),
      };
    case 'notAllowed':
      return { tone: 'error', text: t('review.notAllowed'), detail: outcome.message };
    case 'failed':
      return reviewFailureResult(t, outcome);
  }
}

/** Field errors go next to their fields (the reason, the correction); the rest into the result. */
function invalidResult(
  outcome: Extract<ReviewOutcome, { kind: 'invalid' }>,
  t: Translate,
  form: UseFormReturn<AnswerFormValues>,
): { reasonError: string | null; result: ResultMessage } {
  const general: string[] = [];
  let reasonError: string | null = null;
  for (const error of outcome.fieldErrors) {
    if (error.field === 'reason') {
      reasonError = error.code === 'REQUIRED' ? t('review.reasonRequired') : error.message;
      continue;
    }
    const field = formFieldOfPath(error.field.replace(/^correctedAnswer\./, 'answer.'));
    if (field) form.setError(field, { type: error.code, message: error.message });
    else general.push(error.message);
  }
  return { reasonError, result: { tone: 'error', text: t('review.invalid'), detail: general.join(' ') || undefined } };
}

/**
 * The state of one decision panel: which decision is open, the reason, the correction form, the
 * result shown. Another submission opened in the same panel starts over (a new version of this one
 * keeps what the evaluator typed).
 */
export function useReviewDecision(indicator: IndicatorFieldsFragment, submission: SubmissionFieldsFragment) {
  const { t, i18n } = useTranslation();
  const review = useReviewSubmission();
  const allowed = actionsFor(submission.status);
  const [panel, setPanel] = useState<Panel>(CLOSED);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResultMessage | null>(null);
  const [panelOf, setPanelOf] = useState(submission.id);
  if (panelOf !== submission.id) {
    setPanelOf(submission.id);
    setPanel(CLOSED);
    setResult(null);
  }
  // A decision no longer allowed (someone else moved the answer on) closes by itself.
  const mode = panel.mode && allowed.includes(panel.mode) ? panel.mode : null;
  const optionValues = useMemo(() => indicator.options.map((o) => o.value), [indicator.options]);
  // The correction starts from the entered value; the note is the evaluator's own (empty).
  const startValues = (): AnswerFormValues => ({ ...formFromStored(submission), note: '' });
  const form = useForm<AnswerFormValues>({ defaultValues: startValues(), shouldFocusError: false });
  const target = { id: submission.id, version: submission.version };

  async function run(action: () => Promise<ReviewOutcome>) {
    setBusy(true);
    setResult(null);
    try {
      const outcome = await action();
      if (outcome.kind === 'invalid') {
        const shown = invalidResult(outcome, t, form);
        if (shown.reasonError) setPanel((current) => ({ ...current, reasonError: shown.reasonError }));
        return setResult(shown.result);
      }
      if (outcome.kind === 'reviewed') setPanel((current) => ({ ...current, mode: null }));
      setResult(resultOf(outcome, t, i18n.language, indicator));
    } finally {
      setBusy(false);
    }
  }

  function open(next: ReviewAction) {
    setPanel({ ...CLOSED, mode: next });
    setResult(null);
    form.reset(startValues());
  }

  function confirmWithReason(action: 'return' | 'reopen') {
    const { reason } = panel;
    if (reason.trim() === '') return setPanel((current) => ({ ...current, reasonError: t('review.reasonRequired') }));
    setPanel((current) => ({ ...current, reasonError: null }));
    const request = { submission: target, reason };
    void run(() => (action === 'return' ? review.returnSubmission(request) : review.reopen(request)));
  }

  function confirmVerify() {
    form.clearErrors();
    const plan = planVerify({
      measureType: indicator.measureType,
      optionValues,
      allowNoCases: indicator.scoring.noCasesPoints != null,
      values: form.getValues(),
      correct: panel.correct,
      submission,
    });
    if (plan.kind === 'fix') {
      for (const { field, type, message } of plan.errors) form.setError(field, { type, message });
      return;
    }
    const { correctedAnswer, note } = plan;
    void run(() => review.verify({ submission: target, correctedAnswer, note }));
  }

  return {
    allowed,
    mode,
    panel,
    busy,
    result,
    form,
    open,
    close: () => setPanel((current) => ({ ...current, mode: null })),
    setReason: (reason: string) => setPanel((current) => ({ ...current, reason })),
    setCorrect: (correct: boolean) => setPanel((current) => ({ ...current, correct })),
    confirmWithReason,
    confirmVerify,
  };
}

export type ReviewDecisionState = ReturnType<typeof useReviewDecision>;
