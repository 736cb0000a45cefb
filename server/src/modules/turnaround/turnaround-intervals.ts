/**
 * Turnaround intervals of submissions, read from their workflow events (pure: no I/O).
 *
 * - A **decision** interval runs from SUBMITTED (first submission or resubmission) or REOPENED
 *   (a verification taken back) to the next VERIFIED or RETURNED; its evaluator is who decided.
 * - A **resubmission** interval runs from RETURNED to the next SUBMITTED; its evaluator is who
 *   returned it.
 * An interval without its end is still open (waiting).
 */

export type WorkflowAction = 'SUBMITTED' | 'RETURNED' | 'VERIFIED' | 'REOPENED';

export interface WorkflowEvent {
  submissionId: string;
  action: WorkflowAction;
  at: Date;
  userId: string | null;
}

export type IntervalKind = 'DECISION' | 'RESUBMISSION';

export interface TurnaroundInterval {
  submissionId: string;
  kind: IntervalKind;
  start: Date;
  end: Date | null;
  /** Who decided (decision) or who returned it (resubmission); null while a decision is open. */
  evaluatorId: string | null;
  /** A decision interval that started with a reopened verification. */
  reopened: boolean;
}

/** The intervals of one submission's events, given in time order. */
export function intervalsOf(events: readonly WorkflowEvent[]): TurnaroundInterval[] {
  const intervals: TurnaroundInterval[] = [];
  let waiting: { start: Date; reopened: boolean } | null = null;
  let returned: { at: Date; by: string | null } | null = null;
  for (const event of events) {
    const base = { submissionId: event.submissionId };
    if (event.action === 'SUBMITTED' || event.action === 'REOPENED') {
      if (returned && event.action === 'SUBMITTED')
        intervals.push({
          ...base,
          kind: 'RESUBMISSION',
          start: returned.at,
          end: event.at,
          evaluatorId: returned.by,
          reopened: false,
        });
      returned = null;
      waiting ??= { start: event.at, reopened: event.action === 'REOPENED' };
    } else if (waiting) {
      intervals.push({
        ...base,
        kind: 'DECISION',
        start: waiting.start,
        end: event.at,
        evaluatorId: event.userId,
        reopened: waiting.reopened,
      });
      waiting = null;
      if (event.action === 'RETURNED') returned = { at: event.at, by: event.userId };
    }
  }
  const last = events[events.length - 1];
  if (last && waiting)
    intervals.push({
      submissionId: last.submissionId,
      kind: 'DECISION',
      start: waiting.start,
      end: null,
      evaluatorId: null,
      reopened: waiting.reopened,
    });
  if (last && returned)
    intervals.push({
      submissionId: last.submissionId,
      kind: 'RESUBMISSION',
      start: returned.at,
      end: null,
      evaluatorId: returned.by,
      reopened: false,
    });
  return intervals;
}

/** Groups events by submission (keeping their order) and returns every interval. */
export function intervalsOfAll(events: readonly WorkflowEvent[]): TurnaroundInterval[] {
  const bySubmission = new Map<string, WorkflowEvent[]>();
  for (const event of events) {
    const list = bySubmission.get(event.submissionId);
    if (list) list.push(event);
    else bySubmission.set(event.submissionId, [event]);
  }
  return [...bySubmission.values()].flatMap(intervalsOf);
}
