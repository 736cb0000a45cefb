import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { SubmissionComment } from './comment.types.js';

/** Request-scoped loader of comments: one statement per request, however many submissions ask. */
export interface CommentLoaders {
  /** Comments per submission id, oldest first. */
  commentsBySubmission: DataLoader<string, SubmissionComment[]>;
}

export function createCommentLoaders(dataSource: DataSource): CommentLoaders {
  return {
    commentsBySubmission: new DataLoader(async (submissionIds: readonly string[]) => {
      const comments = await queryComments(dataSource.manager, { submissionIds });
      return submissionIds.map((id) => comments.filter((comment) => comment.submissionId === id));
    }),
  };
}

interface CommentRow {
  id: string;
  submissionId: string;
  body: string;
  authorRole: string;
  createdAt: Date;
  resolvedAt: Date | null;
  authorUsername: string;
  authorDisplayName: string;
  resolverUsername: string | null;
  resolverDisplayName: string | null;
}

/** Comments of some submissions, or some comments by id, with their authors' names: one statement. */
export async function queryComments(
  manager: EntityManager,
  filter: { submissionIds: readonly string[] } | { ids: readonly string[] } | { year: number; kecamatanCode: string },
): Promise<SubmissionComment[]> {
  const [where, params] =
    'ids' in filter
      ? ['c.id = ANY($1::uuid[])', [filter.ids]]
      : 'submissionIds' in filter
        ? ['c."submissionId" = ANY($1::uuid[])', [filter.submissionIds]]
        : [
            `c."submissionId" IN (SELECT s.id FROM submission s JOIN period p ON p.id = s."periodId"
                                   WHERE p.year = $1 AND s."kecamatanCode" = $2)`,
            [filter.year, filter.kecamatanCode],
          ];
  const rows: CommentRow[] = await manager.query(
    `SELECT c.id, c."submissionId", c.body, c."authorRole", c."createdAt", c."resolvedAt",
            author.username AS "authorUsername", author."displayName" AS "authorDisplayName",
            resolver.username AS "resolverUsername", resolver."displayName" AS "resolverDisplayName"
       FROM submission_comment c
       JOIN app_user author ON author.id = c."authorId"
       LEFT JOIN app_user resolver ON resolver.id = c."resolvedById"
      WHERE ${where}
      ORDER BY c."createdAt", c.id`,
    params,
  );
  return rows.map((row) =>
    Object.assign(new SubmissionComment(), {
      id: row.id,
      submissionId: row.submissionId,
      body: row.body,
      authorRole: row.authorRole,
      createdAt: new Date(row.createdAt),
      resolvedAt: row.resolvedAt == null ? null : new Date(row.resolvedAt),
      author: { username: row.authorUsername, displayName: row.authorDisplayName },
      resolvedBy:
        row.resolverUsername == null ? null : { username: row.resolverUsername, displayName: row.resolverDisplayName! },
    }),
  );
}
