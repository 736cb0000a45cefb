import { In, type EntityManager } from 'typeorm';
import {
  type Answer,
  type ClusterIndicator,
  isAnswered,
  roundPoints,
  scoreAnswer,
  scoreKecamatan,
} from '@kecala/domain';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { Period } from '../period/period.entity.js';
import { SubmissionEntity, SubmissionStatus, verifiedAnswerOfRow } from '../submission/submission.entity.js';
import { KecamatanScoreEntity } from './kecamatan-score.entity.js';
import { KecamatanTotalEntity } from './kecamatan-total.entity.js';

/** One kecamatan in one period whose score rows must be rewritten. */
export interface ScoreKey {
  periodId: string;
  kecamatanCode: string;
}

/** Scoring columns of a submission (what the pure module reads). */
export type ScoredRow = Pick<
  SubmissionEntity,
  | 'indicatorId'
  | 'numerator'
  | 'denominator'
  | 'count'
  | 'yes'
  | 'option'
  | 'status'
  | 'verifiedNumerator'
  | 'verifiedDenominator'
  | 'verifiedCount'
  | 'verifiedYes'
  | 'verifiedOption'
>;

export type ScoreRowValues = Pick<
  KecamatanScoreEntity,
  'periodId' | 'kecamatanCode' | 'clusterCode' | 'basis' | 'score' | 'answered' | 'verified'
>;
export type TotalRowValues = Pick<
  KecamatanTotalEntity,
  'periodId' | 'kecamatanCode' | 'basis' | 'total' | 'answered' | 'verified'
>;

/**
 * The total rows (kecamatan_total) of the given cluster rows: per kecamatan, period and basis, the
 * sum of the cluster scores rounded as the pure module rounds a total (fromScoreRows reads the same).
 */
export function totalRowsOf(rows: readonly ScoreRowValues[]): TotalRowValues[] {
  const totals = new Map<string, TotalRowValues>();
  for (const row of rows) {
    const id = `${row.periodId}|${row.kecamatanCode}|${row.basis}`;
    const total = totals.get(id) ?? {
      periodId: row.periodId,
      kecamatanCode: row.kecamatanCode,
      basis: row.basis,
      total: 0,
      answered: 0,
      verified: 0,
    };
    total.total += row.score;
    total.answered += row.answered;
    total.verified += row.verified;
    totals.set(id, total);
  }
  return [...totals.values()].map((t) => ({ ...t, total: roundPoints(t.total) }));
}

/**
 * The score rows of one kecamatan in one period from its answers, with the pure scoring module:
 * every cluster of the indicator set, on both bases (the same function the tests and the
 * benchmark use to check the table).
 */
export function scoreRowsOf(
  key: ScoreKey,
  indicators: readonly ClusterIndicator[],
  rows: readonly ScoredRow[],
): ScoreRowValues[] {
  const clusterCodes = [...new Set(indicators.map((i) => i.clusterCode))];
  const self = scoreKecamatan(clusterCodes, indicators, new Map<string, Answer>(rows.map((r) => [r.indicatorId, r])));
  const verifiedRows = rows.filter((r) => r.status === SubmissionStatus.VERIFIED);
  const verified = scoreKecamatan(
    clusterCodes,
    indicators,
    new Map<string, Answer>(verifiedRows.map((r) => [r.indicatorId, verifiedAnswerOfRow(r)])),
  );
  const clusterOf = new Map(indicators.map((i) => [i.id, i.clusterCode]));
  const verifiedCount = new Map<string, number>();
  for (const row of verifiedRows) {
    const code = clusterOf.get(row.indicatorId);
    if (code) verifiedCount.set(code, (verifiedCount.get(code) ?? 0) + 1);
  }
  return clusterCodes.flatMap((clusterCode, index) => [
    {
      ...key,
      clusterCode,
      basis: 'SELF' as const,
      score: self.clusters[index].score,
      answered: self.clusters[index].answered,
      verified: verifiedCount.get(clusterCode) ?? 0,
    },
    {
      ...key,
      clusterCode,
      basis: 'VERIFIED' as const,
      score: verified.clusters[index].score,
      answered: verified.clusters[index].answered,
      verified: verifiedCount.get(clusterCode) ?? 0,
    },
  ]);
}

/** Advisory-lock namespace of score rows (the two-int key space, apart from other locks). */
const SCORE_LOCK_NAMESPACE = 327502;

/**
 * SQL that takes one kecamatan × period's score lock, for a caller that folds the lock into a
 * statement it runs anyway (the save does, in its UPDATE) and then calls refreshScores with
 * `{ locked: true }`. Parameters: the two placeholders given.
 */
export function scoreLockSql(keyParam: string): string {
  return `SELECT pg_advisory_xact_lock(${SCORE_LOCK_NAMESPACE}, hashtext(${keyParam}))`;
}

/**
 * SQL of the score lock in SHARED mode, for a change that adjusts the score rows by a delta
 * (scoreDeltaSql) instead of rewriting them: such changes commute, so several of one kecamatan
 * hold the lock together, while a full rewrite (refreshScores, exclusive) waits for all of them to
 * commit and they wait for it. Taken after the row lock of the changed answer, as every path does.
 */
export function sharedScoreLockSql(keyParam: string): string {
  return `pg_advisory_xact_lock_shared(${SCORE_LOCK_NAMESPACE}, hashtext(${keyParam}))`;
}

/**
 * What one changed answer does to its kecamatan's SELF rows: its cluster's score and the total
 * move by the difference of the answer's points (each a multiple of 0.01, so the sum is the one a
 * full recompute gives, rounded the same way), `answered` by the difference of answered-ness. The
 * VERIFIED rows and `verified` do not move: only an editable (DRAFT or RETURNED) answer is saved
 * this way. Null when nothing moves.
 */
export function scoreDeltaOf(
  indicator: ClusterIndicator,
  before: Answer | null,
  after: Answer | null,
): { clusterCode: string; points: string; answered: number } | null {
  const points = roundPoints(scoreAnswer(indicator, after) - scoreAnswer(indicator, before));
  const answered = Number(isAnswered(indicator.measureType, after)) - Number(isAnswered(indicator.measureType, before));
  if (points === 0 && answered === 0) return null;
  // As text: an exact decimal for the numeric arithmetic below (String(0.3) is "0.3").
  return { clusterCode: indicator.clusterCode, points: String(points), answered };
}

/**
 * Data-modifying WITH clauses that add a delta (scoreDeltaOf) to one kecamatan's SELF cluster row
 * and total, named `score_delta` and `total_delta` (each returns one row per row it changed, so the
 * caller can tell a missing row: then it must roll back and rewrite with refreshScores). Numeric
 * arithmetic rounded to 0.01, as roundPoints rounds. Placeholders: period, kecamatan, cluster,
 * points (text), answered.
 */
export function scoreDeltaSql(p: {
  period: string;
  kecamatan: string;
  cluster: string;
  points: string;
  answered: string;
}) {
  return `score_delta AS (
       UPDATE "kecamatan_score" AS k SET "score" = round(k."score"::numeric + ${p.points}::numeric, 2)::float8,
         "answered" = k."answered" + ${p.answered}::int, "updatedAt" = now()
       WHERE k."periodId" = ${p.period} AND k."kecamatanCode" = ${p.kecamatan} AND k."clusterCode" = ${p.cluster} AND k."basis" = 'SELF'
       RETURNING 1
     ), total_delta AS (
       UPDATE "kecamatan_total" AS t SET "total" = round(t."total"::numeric + ${p.points}::numeric, 2)::float8,
         "answered" = t."answered" + ${p.answered}::int
       WHERE t."periodId" = ${p.period} AND t."kecamatanCode" = ${p.kecamatan} AND t."basis" = 'SELF'
       RETURNING 1
     )`;
}

/** The text the score lock of a kecamatan × period is taken on. */
export function scoreLockKey(key: ScoreKey): string {
  return `${key.periodId}|${key.kecamatanCode}`;
}
/** The scoring columns of a submission (ScoredRow), as SQL. */
const SCORED_COLUMN_LIST = (
  [
    'indicatorId',
    'numerator',
    'denominator',
    'count',
    'yes',
    'option',
    'status',
    'verifiedNumerator',
    'verifiedDenominator',
    'verifiedCount',
    'verifiedYes',
    'verifiedOption',
  ] satisfies Array<keyof ScoredRow>
)
  .map((column) => `s."${column}"`)
  .join(', ');

/**
 * Rewrites the score rows of the given kecamatan × period from their answers, inside the caller's
 * transaction (call it after the answers changed). Constant statements however many keys: a lock,
 * the indicators (unless given), the answers, one upsert of the cluster rows and their totals.
 *
 * The advisory lock, held until commit and taken in key order, serialises concurrent changes of
 * one kecamatan: without it two saves of different indicators would each score the answers
 * without the other's uncommitted change, and the last writer would leave a stale total.
 */
export async function refreshScores(
  manager: EntityManager,
  keys: readonly ScoreKey[],
  indicatorsByPeriod?: ReadonlyMap<string, readonly ClusterIndicator[]>,
  options: { locked?: boolean } = {},
): Promise<void> {
  const unique = [...new Map(keys.map((k) => [scoreLockKey(k), k])).entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (unique.length === 0) return;
  // `locked`: the caller already took the lock (scoreLockSql) in an earlier statement of this transaction.
  if (!options.locked) {
    await manager.query(
      'SELECT count(pg_advisory_xact_lock($1::int, hashtext(k))) FROM (SELECT k FROM unnest($2::text[]) AS k ORDER BY k) AS keys',
      [SCORE_LOCK_NAMESPACE, unique.map(([k]) => k)],
    );
  }
  const periodIds = [...new Set(unique.map(([, k]) => k.periodId))];
  let byPeriod = indicatorsByPeriod;
  if (!byPeriod || periodIds.some((id) => !byPeriod!.has(id))) {
    const periods = await manager.find(Period, {
      select: { id: true, indicatorSetId: true },
      where: { id: In(periodIds) },
    });
    const indicators = await manager.find(IndicatorEntity, {
      where: { indicatorSetId: In([...new Set(periods.map((p) => p.indicatorSetId))]) },
      order: { number: 'ASC' },
    });
    byPeriod = new Map(periods.map((p) => [p.id, indicators.filter((i) => i.indicatorSetId === p.indicatorSetId)]));
  }
  // Plain SQL: only the columns scoring reads, no entity hydration (the save path runs this on every save).
  const answers: Array<ScoredRow & Pick<SubmissionEntity, 'periodId' | 'kecamatanCode'>> = await manager.query(
    `SELECT s."periodId", s."kecamatanCode", ${SCORED_COLUMN_LIST}
     FROM "submission" s JOIN unnest($1::uuid[], $2::varchar[]) AS k("periodId", "kecamatanCode")
       ON s."periodId" = k."periodId" AND s."kecamatanCode" = k."kecamatanCode"`,
    [unique.map(([, k]) => k.periodId), unique.map(([, k]) => k.kecamatanCode)],
  );
  const answersByKey = new Map<string, ScoredRow[]>();
  for (const row of answers) {
    const id = `${row.periodId}|${row.kecamatanCode}`;
    const list = answersByKey.get(id);
    if (list) list.push(row);
    else answersByKey.set(id, [row]);
  }
  const values = unique.flatMap(([id, key]) =>
    scoreRowsOf(key, byPeriod!.get(key.periodId) ?? [], answersByKey.get(id) ?? []),
  );
  if (values.length === 0) return;
  await writeScoreRows(manager, values);
}

/** Upserts cluster rows and their totals in one statement: one round trip on the save path. */
export async function writeScoreRows(manager: EntityManager, values: readonly ScoreRowValues[]): Promise<void> {
  const totals = totalRowsOf(values);
  const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((r) => r[key]);
  await manager.query(
    `WITH clusters AS (
       INSERT INTO "kecamatan_score" ("periodId", "kecamatanCode", "clusterCode", "basis", "score", "answered", "verified")
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::float8[], $6::int[], $7::int[])
       ON CONFLICT ("periodId", "kecamatanCode", "clusterCode", "basis")
       DO UPDATE SET "score" = EXCLUDED."score", "answered" = EXCLUDED."answered", "verified" = EXCLUDED."verified", "updatedAt" = now()
     )
     INSERT INTO "kecamatan_total" ("periodId", "kecamatanCode", "basis", "total", "answered", "verified")
     SELECT * FROM unnest($8::uuid[], $9::varchar[], $10::varchar[], $11::float8[], $12::int[], $13::int[])
     ON CONFLICT ("periodId", "kecamatanCode", "basis")
     DO UPDATE SET "total" = EXCLUDED."total", "answered" = EXCLUDED."answered", "verified" = EXCLUDED."verified"`,
    [
      column(values, 'periodId'),
      column(values, 'kecamatanCode'),
      column(values, 'clusterCode'),
      column(values, 'basis'),
      column(values, 'score'),
      column(values, 'answered'),
      column(values, 'verified'),
      column(totals, 'periodId'),
      column(totals, 'kecamatanCode'),
      column(totals, 'basis'),
      column(totals, 'total'),
      column(totals, 'answered'),
      column(totals, 'verified'),
    ],
  );
}

/**
 * Backfill for databases that predate the table (and a repair after a bulk import): scores every
 * kecamatan × period that has answers but no score row. Idempotent; run by the seed step.
 */
export async function backfillScores(manager: EntityManager): Promise<number> {
  const missing: Array<{ periodId: string; kecamatanCode: string }> = await manager.query(
    `SELECT DISTINCT s."periodId", s."kecamatanCode" FROM "submission" s
     WHERE NOT EXISTS (SELECT 1 FROM "kecamatan_score" k WHERE k."periodId" = s."periodId" AND k."kecamatanCode" = s."kecamatanCode")`,
  );
  for (let i = 0; i < missing.length; i += 200) await refreshScores(manager, missing.slice(i, i + 200));
  return missing.length;
}
