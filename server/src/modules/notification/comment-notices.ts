import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import type { CommentEvents } from '../comment/comment-events.js';
import { NotificationKind } from './notification-kinds.js';
import { cardLink, notify, queueLink } from './notify.js';

/**
 * The conversation's notifications: a comment tells the other side, in the comment's own
 * transaction. An operator's comment reaches the evaluators (linked to the answer in the queue); an
 * evaluator's or admin's reaches the operators of that kecamatan (linked to the card). The author
 * is never told of their own comment.
 */
export const COMMENT_NOTIFICATIONS: CommentEvents = {
  async commentPosted(manager, ctx: RequestContext, { submission }) {
    const fromOperator = ctx.user?.role === Role.OPERATOR;
    await notify(manager, {
      kind: NotificationKind.COMMENT_POSTED,
      to: fromOperator ? { role: Role.EVALUATOR } : { role: Role.OPERATOR, kecamatanCode: submission.kecamatanCode },
      params: {
        year: submission.year,
        kecamatanCode: submission.kecamatanCode,
        indicatorCode: submission.indicatorCode,
        username: ctx.user?.username ?? '',
      },
      link: fromOperator
        ? queueLink(submission.year, submission.kecamatanCode, submission.id)
        : cardLink(submission.year, submission.indicatorCode),
      exceptUserId: ctx.user?.id ?? null,
    });
  },
  commentResolved: async () => {},
};
