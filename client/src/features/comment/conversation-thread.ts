import type { SubmissionCommentFieldsFragment } from '../../gql/graphql';
import type { DescribedEntry } from '../review/SubmissionHistory';

/** The state changes that belong in a conversation (not every save or evidence event). */
const STATE_ACTIONS = new Set([
  'SUBMISSION_SUBMITTED',
  'SUBMISSION_RETURNED',
  'SUBMISSION_VERIFIED',
  'SUBMISSION_REOPENED',
]);

export type ThreadItem =
  | { kind: 'comment'; at: string; comment: SubmissionCommentFieldsFragment }
  | { kind: 'event'; at: string; event: DescribedEntry };

/** Comments and the submission's state changes in one timeline, oldest first (ties: the event first). */
export function conversationThread(
  comments: readonly SubmissionCommentFieldsFragment[],
  history: readonly DescribedEntry[],
): ThreadItem[] {
  const items: ThreadItem[] = [
    ...history
      .filter((event) => STATE_ACTIONS.has(event.actionCode))
      .map((event): ThreadItem => ({ kind: 'event', at: event.at, event })),
    ...comments.map((comment): ThreadItem => ({ kind: 'comment', at: comment.createdAt, comment })),
  ];
  const rank = (item: ThreadItem) => (item.kind === 'event' ? 0 : 1);
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || rank(a) - rank(b));
}

/** How many comments still wait for an evaluator. */
export function openCount(comments: readonly SubmissionCommentFieldsFragment[]): number {
  return comments.filter((comment) => comment.resolvedAt == null).length;
}
