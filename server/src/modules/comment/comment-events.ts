import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context.js';
import type { SubmissionComment } from './comment.types.js';

/** The submission a comment is about, as a notification needs it. */
export interface CommentedSubmission {
  id: string;
  kecamatanCode: string;
  indicatorCode: string;
  year: number;
}

/**
 * Hooks called inside the transaction that writes the comment (and its audit entry), with that
 * transaction's manager: whatever they write commits or rolls back with the comment. The
 * notification inbox wires `commentPosted` to tell the other side (an operator's comment → the
 * evaluators; an evaluator's → the kecamatan's operators). The default does nothing.
 */
export interface CommentEvents {
  commentPosted(
    manager: EntityManager,
    ctx: RequestContext,
    event: { comment: SubmissionComment; submission: CommentedSubmission },
  ): Promise<void>;
  commentResolved(
    manager: EntityManager,
    ctx: RequestContext,
    event: { comment: SubmissionComment; submission: CommentedSubmission },
  ): Promise<void>;
}

export const NO_COMMENT_EVENTS: CommentEvents = {
  commentPosted: async () => {},
  commentResolved: async () => {},
};
