import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { type BulkVerifyOutcome, useReviewSubmission } from '../../features/review/use-review-submission';
import { indicatorTitle } from '../../features/submission/submission-status';
import type { QueueRow } from './use-review-queue';
import { type ResultMessage, reviewFailureResult } from '../../features/review/ReviewResultBox';

export type BulkMessage = ResultMessage;

function describeBulk(
  outcome: BulkVerifyOutcome,
  sent: readonly QueueRow[],
  t: TFunction,
  language: string,
): BulkMessage {
  switch (outcome.kind) {
    case 'verified':
      return { tone: 'ok', text: t('queue.bulkDone', { count: outcome.verified.length }) };
    case 'invalidTransition': {
      const culprits = sent.filter((r) => r.submission.indicatorCode === outcome.indicatorCode);
      const indicator = culprits[0] ? indicatorTitle(culprits[0].indicator, language) : outcome.indicatorCode;
      const where = culprits.map((r) => r.kecamatanName).join(', ');
      return {
        tone: 'error',
        text: t('queue.bulkRefusedTransition', {
          indicator: where ? `${indicator} (${where})` : indicator,
          status: t(`status.${outcome.currentStatus}`),
        }),
        detail: outcome.message,
      };
    }
    case 'invalid':
      return {
        tone: 'error',
        text: t('queue.bulkRefused'),
        detail: outcome.fieldErrors.map((e) => e.message).join(' ') || outcome.message,
      };
    case 'notAllowed':
      return { tone: 'error', text: t('review.notAllowed'), detail: outcome.message };
    case 'failed':
      return reviewFailureResult(t, outcome);
  }
}

/**
 * The queue's selection and its bulk verification. The selection holds submission ids; only rows
 * still SUBMITTED and in view count.
 */
export function useBulkVerify(rows: readonly QueueRow[]) {
  const { t, i18n } = useTranslation();
  const review = useReviewSubmission();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<BulkMessage | null>(null);
  const selectable = rows.filter((r) => r.submission.status === 'SUBMITTED');
  const selectedRows = selectable.filter((r) => selection.has(r.submission.id));

  function toggle(id: string, checked: boolean) {
    setSelection((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function verifySelected() {
    const sent = selectedRows;
    if (sent.length === 0) return;
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await review.verifyMany(sent.map((r) => r.submission.id));
      setMessage(describeBulk(outcome, sent, t, i18n.language));
      if (outcome.kind === 'verified') setSelection(new Set());
    } finally {
      setBusy(false);
    }
  }

  return {
    selection,
    selectable,
    selectedRows,
    busy,
    message,
    toggle,
    selectAll: (all: boolean) => setSelection(all ? new Set(selectable.map((r) => r.submission.id)) : new Set()),
    verifySelected,
    /** A new filter: nothing selected, no message. */
    clear: () => {
      setSelection(new Set());
      setMessage(null);
    },
  };
}

export type BulkVerify = ReturnType<typeof useBulkVerify>;
