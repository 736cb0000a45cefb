import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionHistoryQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { describeAnswer } from '../submission/format-answer';
import { SubmissionHistoryDocument } from './review.documents';
import './review.css';

type AuditEntry = SubmissionHistoryQuery['submissionHistory'][number];

const KNOWN_ACTIONS = [
  'SUBMISSION_CREATED',
  'SUBMISSION_UPDATED',
  'SUBMISSION_SUBMITTED',
  'SUBMISSION_RETURNED',
  'SUBMISSION_VERIFIED',
  'SUBMISSION_REOPENED',
  'EVIDENCE_UPLOADED',
  'EVIDENCE_VERDICT_SET',
  'EVIDENCE_REMOVED',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];
const KNOWN_ROLES = ['ADMIN', 'EVALUATOR', 'OPERATOR'] as const;

function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** An answer inside an audit snapshot (plain or `verified…` fields); null when none is set. */
function answerIn(snapshot: Record<string, unknown> | null, prefix: '' | 'verified' = '') {
  if (!snapshot) return null;
  const key = (field: string) => (prefix ? `${prefix}${field[0].toUpperCase()}${field.slice(1)}` : field);
  const answer = {
    numerator: num(snapshot[key('numerator')]),
    denominator: num(snapshot[key('denominator')]),
    count: num(snapshot[key('count')]),
    yes: bool(snapshot[key('yes')]),
    option: text(snapshot[key('option')]),
  };
  return Object.values(answer).every((v) => v == null) ? null : answer;
}

export interface DescribedEntry {
  id: string;
  at: string;
  actor: string;
  role: string | null;
  /** The action as the server names it, e.g. SUBMISSION_RETURNED. */
  actionCode: string;
  action: string;
  details: string[];
}

/** One audit entry in words: who, in which role, what they did, and what matters about it. */
export function describeAuditEntry(
  entry: AuditEntry,
  indicator: IndicatorFieldsFragment,
  t: TFunction,
  language: string,
): DescribedEntry {
  const before = record(entry.before);
  const after = record(entry.after);
  const role =
    entry.role && (KNOWN_ROLES as readonly string[]).includes(entry.role)
      ? t(`role.${entry.role as (typeof KNOWN_ROLES)[number]}`)
      : entry.role;
  const action = isKnownAction(entry.action) ? t(`history.action.${entry.action}`) : entry.action;
  const details: string[] = [];
  const describe = (answer: ReturnType<typeof answerIn>) => describeAnswer(indicator, answer, t, language);

  switch (entry.action) {
    case 'SUBMISSION_CREATED':
    case 'SUBMISSION_UPDATED': {
      const now = answerIn(after);
      const was = answerIn(before);
      details.push(
        before
          ? t('history.answerChanged', { before: describe(was), after: describe(now) })
          : t('history.answer', { answer: describe(now) }),
      );
      const note = text(after?.note);
      if (note !== text(before?.note)) details.push(note ? t('history.note', { note }) : t('history.noteCleared'));
      break;
    }
    case 'SUBMISSION_RETURNED':
    case 'SUBMISSION_REOPENED': {
      const reason = text(after?.statusReason);
      if (reason) details.push(t('history.reason', { reason }));
      break;
    }
    case 'SUBMISSION_VERIFIED': {
      const verified = answerIn(after, 'verified');
      const entered = answerIn(after);
      if (after?.verifiedAsEntered === true || !verified || JSON.stringify(verified) === JSON.stringify(entered)) {
        details.push(t('history.asEntered'));
      } else {
        details.push(t('history.corrected', { before: describe(entered), after: describe(verified) }));
      }
      const note = text(after?.verificationNote);
      if (note) details.push(t('history.verificationNote', { note }));
      break;
    }
  }
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.username ?? t('history.system'),
    role,
    actionCode: entry.action,
    action,
    details,
  };
}

/** The submission's history as a timeline, newest first. */
export function SubmissionHistory({
  submissionId,
  indicator,
}: {
  submissionId: string;
  indicator: IndicatorFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { data, error, refetch } = useQuery(SubmissionHistoryDocument, {
    variables: { submissionId },
    fetchPolicy: 'cache-and-network',
  });
  const entries = useMemo(
    () =>
      [...(data?.submissionHistory ?? [])]
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((entry) => describeAuditEntry(entry, indicator, t, language)),
    [data?.submissionHistory, indicator, t, language],
  );

  return (
    <section className="review-section" aria-labelledby={`history-${submissionId}`}>
      <h3 id={`history-${submissionId}`} className="review-section-title">
        {t('history.title')}
      </h3>
      {!data ? (
        error ? (
          <div role="alert" className="card-message">
            <p>{t('history.error')}</p>
            <button type="button" className="button" onClick={() => void refetch()}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : entries.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id} className="timeline-item">
              <p className="timeline-head">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </p>
              <p>
                <strong>{entry.actor}</strong>
                {entry.role ? ` (${entry.role})` : ''} {entry.action}
              </p>
              {entry.details.map((detail) => (
                <p key={detail} className="timeline-detail">
                  {detail}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
