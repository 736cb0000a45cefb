import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { validateComment } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { NotAllowedError, ValidationError } from '../../graphql/results.js';
import { notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertCanReadKecamatan, reviewRefusal } from '../auth/scope.js';
import { READ_ONLY_MESSAGE, isReadOnly } from '../auth/read-only.js';
import { Role } from '../auth/user.entity.js';
import type { Submission } from '../submission/submission.types.js';
import { type CommentEvents, type CommentedSubmission, NO_COMMENT_EVENTS } from './comment-events.js';
import { queryComments } from './comment.loaders.js';
import { type PostSubmissionCommentInput, SubmissionComment } from './comment.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CommentResult = SubmissionComment | ValidationError | NotAllowedError;

function invalid(field: string, code: string, message: string): ValidationError {
  return new ValidationError([{ field, code, message }]);
}

/** Who may write on a submission of this kecamatan: its operator, evaluators and admins; nobody else. */
function postRefusal(ctx: RequestContext, kecamatanCode: string): string | null {
  if (!ctx.user) return 'Sign in first.';
  if (isReadOnly(ctx.user)) return READ_ONLY_MESSAGE;
  if (ctx.user.role === Role.EVALUATOR || ctx.user.role === Role.ADMIN) return null;
  if (ctx.user.role === Role.OPERATOR && ctx.user.kecamatanCode === kecamatanCode) return null;
  return `You may only comment on submissions of your own kecamatan (${ctx.user.kecamatanCode ?? 'none'}).`;
}

/** The submission with what a notification names: one statement. */
async function commentedSubmission(manager: EntityManager, submissionId: string): Promise<CommentedSubmission | null> {
  const [row] = (await manager.query(
    `SELECT s.id, s."kecamatanCode", i.code AS "indicatorCode", p.year
       FROM submission s JOIN indicator i ON i.id = s."indicatorId" JOIN period p ON p.id = s."periodId"
      WHERE s.id = $1`,
    [submissionId],
  )) as CommentedSubmission[];
  return row ?? null;
}

/**
 * The conversation on one submission: operators (their own kecamatan) and evaluators write
 * comments, evaluators mark them resolved. Each change writes its audit entry and calls its
 * CommentEvents hook in the transaction that makes it.
 */
export class CommentService {
  constructor(private readonly events: CommentEvents = NO_COMMENT_EVENTS) {}

  /** Submission.comments, oldest first, scoped like the answers; batched per request. */
  listForSubmission(ctx: RequestContext, submission: Pick<Submission, 'id' | 'kecamatanCode'>) {
    assertCanReadKecamatan(ctx, submission.kecamatanCode);
    return ctx.loaders.commentsBySubmission.load(submission.id);
  }

  /** Every comment on a kecamatan's submissions of one year (the operator's form): one statement. */
  async listForKecamatan(ctx: RequestContext, year: number, kecamatanCode: string): Promise<SubmissionComment[]> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    return queryComments(ctx.dataSource.manager, { year, kecamatanCode });
  }

  /** The comments of one submission (the review panel), scoped like the answers. */
  async listForSubmissionId(ctx: RequestContext, submissionId: string): Promise<SubmissionComment[]> {
    const submission = UUID.test(submissionId) ? await commentedSubmission(ctx.dataSource.manager, submissionId) : null;
    if (!submission) throw notFound('submissionId', `no submission ${submissionId}`);
    assertCanReadKecamatan(ctx, submission.kecamatanCode);
    return ctx.loaders.commentsBySubmission.load(submission.id);
  }

  async post(ctx: RequestContext, input: PostSubmissionCommentInput): Promise<CommentResult> {
    if (!ctx.user) return new NotAllowedError('Sign in first.');
    const errors = validateComment(input.body).map((e) => ({ ...e }));
    if (!UUID.test(input.submissionId))
      errors.unshift({ field: 'submissionId', code: 'REQUIRED', message: 'submissionId is not a submission id' });
    if (errors.length > 0) return new ValidationError(errors);
    const user = ctx.user;
    return ctx.dataSource.transaction(async (manager): Promise<CommentResult> => {
      const submission = await commentedSubmission(manager, input.submissionId);
      if (!submission) return invalid('submissionId', 'NOT_FOUND', `no submission ${input.submissionId}`);
      const refusal = postRefusal(ctx, submission.kecamatanCode);
      if (refusal) return new NotAllowedError(refusal);
      const id = randomUUID();
      const body = input.body.trim();
      const [inserted] = (await manager.query(
        `INSERT INTO submission_comment (id, "submissionId", "authorId", "authorRole", body)
         VALUES ($1, $2, $3, $4, $5) RETURNING "createdAt"`,
        [id, submission.id, user.id, user.role, body],
      )) as Array<{ createdAt: Date }>;
      await recordAudit(manager, ctx, {
        action: 'COMMENT_POSTED',
        entityType: 'SubmissionComment',
        entityId: id,
        before: null,
        after: { submissionId: submission.id, body },
      });
      const comment = Object.assign(new SubmissionComment(), {
        id,
        submissionId: submission.id,
        body,
        authorRole: user.role,
        createdAt: new Date(inserted.createdAt),
        resolvedAt: null,
        author: { username: user.username, displayName: user.displayName },
        resolvedBy: null,
      });
      await this.events.commentPosted(manager, ctx, { comment, submission });
      return comment;
    });
  }

  /** Evaluator: mark a comment resolved; resolving a resolved one changes nothing. */
  async resolve(ctx: RequestContext, commentId: string): Promise<CommentResult> {
    const refusal = reviewRefusal(ctx);
    if (refusal) return new NotAllowedError(refusal);
    if (!UUID.test(commentId)) return invalid('commentId', 'REQUIRED', 'commentId is not a comment id');
    return ctx.dataSource.transaction(async (manager): Promise<CommentResult> => {
      const [updated] = (await manager.query(
        `UPDATE submission_comment SET "resolvedAt" = now(), "resolvedById" = $2
          WHERE id = $1 AND "resolvedAt" IS NULL RETURNING "submissionId"`,
        [commentId, ctx.user!.id],
      )) as [Array<{ submissionId: string }>, number];
      const [comment] = await queryComments(manager, { ids: [commentId] });
      if (!comment) return invalid('commentId', 'NOT_FOUND', `no comment ${commentId}`);
      if (updated.length === 0) return comment;
      await recordAudit(manager, ctx, {
        action: 'COMMENT_RESOLVED',
        entityType: 'SubmissionComment',
        entityId: commentId,
        before: { resolved: false },
        after: { resolved: true },
      });
      const submission = (await commentedSubmission(manager, comment.submissionId))!;
      await this.events.commentResolved(manager, ctx, { comment, submission });
      return comment;
    });
  }
}
