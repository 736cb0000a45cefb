import { scoreDeltaSql, scoreLockKey, scoreLockSql, sharedScoreLockSql } from '../scoring/score-table.js';
import type { AnswerColumns, SubmissionEntity } from './submission.entity.js';

/**
 * The SQL of one save (`SubmissionService.save`): the row lock, the UPDATE of an existing answer
 * (with its audit entry and, in delta mode, the move of the score rows) and the INSERT of a new one.
 */

/**
 * First the score rows are moved by the answer's delta under the shared score lock; when a score
 * row is missing (a kecamatan never scored), the save runs again rewriting them under the exclusive lock.
 */
export type SaveMode = 'delta' | 'rewrite';

/** Which answer: one kecamatan's answer to one indicator in one period. */
export interface SubmissionKey {
  periodId: string;
  kecamatanCode: string;
  indicatorId: string;
}

/** What a save writes: the answer, the notes and who saved it (always the operator's own answer). */
export type SaveValues = AnswerColumns &
  Pick<SubmissionEntity, 'note' | 'plausibilityNote' | 'carriedForwardPending'> & { updatedById: string };

/** The columns the save reads of the locked row besides its id: the checks and the audit entry's `before`. */
export const LOCKED_COLUMNS = [
  'status',
  'version',
  'numerator',
  'denominator',
  'count',
  'yes',
  'option',
  'note',
  'plausibilityNote',
  'carriedForwardPending',
] as const satisfies ReadonlyArray<keyof SubmissionEntity>;

export type LockedColumns = Pick<SubmissionEntity, (typeof LOCKED_COLUMNS)[number]>;
export type LockedRow = LockedColumns & Pick<SubmissionEntity, 'id'>;

// Plain SQL: only the columns the checks and the audit entry need.
const LOCKED_ROW_SQL = `SELECT ${['id', ...LOCKED_COLUMNS].map((column) => `"${column}"`).join(', ')}
         FROM "submission" WHERE "periodId" = $1 AND "kecamatanCode" = $2 AND "indicatorId" = $3 FOR UPDATE`;

// The shared score lock in the same statement, taken after the row lock (the order every path
// uses: the FOR UPDATE subquery locks before the outer list runs).
const LOCKED_ROW_SHARED_SCORE_LOCK_SQL = `SELECT r.*, ${sharedScoreLockSql('$4')} AS "scoreLock" FROM (${LOCKED_ROW_SQL}) AS r`;

/** The row lock first; in delta mode with the kecamatan's shared score lock. */
export function lockedRowQuery(key: SubmissionKey, mode: SaveMode): { sql: string; params: string[] } {
  const params = [key.periodId, key.kecamatanCode, key.indicatorId];
  return mode === 'delta'
    ? { sql: LOCKED_ROW_SHARED_SCORE_LOCK_SQL, params: [...params, scoreLockKey(key)] }
    : { sql: LOCKED_ROW_SQL, params };
}

/** The parameters both statements take in this order: $2–$8 of the update, $5–$11 of the insert. */
export function savedValueParams(values: SaveValues): unknown[] {
  return [
    values.numerator,
    values.denominator,
    values.count,
    values.yes,
    values.option,
    values.note,
    values.updatedById,
  ];
}

/**
 * One round trip for the update, the audit entry, the saved row and (with a delta) the move of
 * the cluster's score row and total. Parameters: $1 the id, $2–$8 `savedValueParams`, $9 the
 * plausibility note; from $10 either the score lock key (rewrite mode: the kecamatan's exclusive
 * score lock, taken after the row lock) or the delta (period, kecamatan, cluster, points,
 * answered); then the audit entry's (`auditSql`, numbered after those).
 */
export function updateSavedSql(mode: SaveMode, withDelta: boolean, auditSql: string): string {
  return `WITH saved AS (
             UPDATE "submission" AS s SET "numerator" = $2, "denominator" = $3, "count" = $4, "yes" = $5, "option" = $6, "note" = $7,
               "updatedById" = $8, "plausibilityNote" = $9, "carriedForwardPending" = false, "version" = s."version" + 1, "updatedAt" = now()
             ${mode === 'rewrite' ? `FROM (${scoreLockSql('$10')}) AS score_lock` : ''}
             WHERE s."id" = $1 RETURNING s.*
           ), audit AS (${auditSql})${
             withDelta
               ? `, ${scoreDeltaSql({ period: '$10', kecamatan: '$11', cluster: '$12', points: '$13', answered: '$14' })}
           SELECT saved.*, (SELECT count(*) FROM score_delta)::int AS "scoreRowsMoved", (SELECT count(*) FROM total_delta)::int AS "totalRowsMoved" FROM saved`
               : `
           SELECT * FROM saved`
           }`;
}

/**
 * A new answer; the row comes back whole, so no reload is needed afterwards. Parameters: $1 the
 * id, $2–$4 the key, $5–$11 `savedValueParams`, $12 the status, $13 the plausibility note.
 */
export const INSERT_SUBMISSION_SQL = `INSERT INTO "submission" ("id", "periodId", "kecamatanCode", "indicatorId", "numerator", "denominator", "count", "yes", "option", "note",
             "updatedById", "carriedForwardPending", "status", "version", "plausibilityNote")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, false, $12, 1, $13)
           ON CONFLICT DO NOTHING RETURNING *`;
