import { useEffect, useRef } from 'react';
import type { MutationFailure } from '../../shared/mutation-failure';
import './review.css';

/** What came of a review (one decision or a bulk verification), in the words shown. */
export interface ResultMessage {
  tone: 'ok' | 'error';
  text: string;
  detail?: string;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A review that did not reach the server, or that it refused to run, in words. */
export function reviewFailureResult(typed: unknown, outcome: MutationFailure): ResultMessage {
  const t = typed as Translate;
  return {
    tone: 'error',
    text: outcome.retryable ? t('review.network') : t('review.failed', { message: outcome.message }),
  };
}

/**
 * The result box of a review: announced (status for ok, alert for an error); with
 * `bringIntoView`, scrolled to whenever it changes (a long panel may hide it).
 */
export function ReviewResultBox({
  result,
  testId,
  bringIntoView = false,
}: {
  result: ResultMessage;
  testId: string;
  bringIntoView?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (bringIntoView) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result, bringIntoView]);
  return (
    <div
      ref={ref}
      className={`review-result review-result--${result.tone}`}
      role={result.tone === 'ok' ? 'status' : 'alert'}
      data-testid={testId}
      data-tone={result.tone}
    >
      <p>{result.text}</p>
      {result.detail && <p className="card-message-detail">{result.detail}</p>}
    </div>
  );
}
