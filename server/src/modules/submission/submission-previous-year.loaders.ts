import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { scoreAnswer } from '@kecala/domain';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import { SubmissionStatus, verifiedAnswerOfRow } from './submission.entity.js';
import { answerOf } from './answer-view.js';
import { PreviousYearAnswer } from './submission-previous-year.types.js';

/** Which answer: a kecamatan's answer to an indicator (by code) in a year. */
export interface PreviousYearKey {
  year: number;
  kecamatanCode: string;
  indicatorCode: string;
}

/** Request-scoped loader of last year's answers: one statement per request, however many submissions ask. */
export interface PreviousYearLoaders {
  previousYear: DataLoader<PreviousYearKey, PreviousYearAnswer | null, string>;
}

export const previousYearKeyOf = (key: PreviousYearKey): string =>
  `${key.year}|${key.kecamatanCode}|${key.indicatorCode}`;

export function createPreviousYearLoaders(dataSource: DataSource): PreviousYearLoaders {
  return {
    previousYear: new DataLoader(
      async (keys: readonly PreviousYearKey[]) => {
        const found = await queryPreviousYear(dataSource.manager, keys);
        return keys.map((key) => found.get(previousYearKeyOf(key)) ?? null);
      },
      { cacheKeyFn: previousYearKeyOf },
    ),
  };
}

interface PreviousRow {
  year: number;
  kecamatanCode: string;
  indicatorCode: string;
  previousYear: number;
  status: SubmissionStatus;
  numerator: number | null;
  denominator: number | null;
  count: number | null;
  yes: boolean | null;
  option: string | null;
  verifiedNumerator: number | null;
  verifiedDenominator: number | null;
  verifiedCount: number | null;
  verifiedYes: boolean | null;
  verifiedOption: string | null;
  indicator: Pick<IndicatorEntity, 'measureType' | 'maxPoints' | 'scoringRule'>;
}

/**
 * For each (year, kecamatan, indicator code): the answer of the most recent earlier year that is
 * not a demo year, to the indicator of the same code and measure type in that year's set. One
 * statement for any number of keys.
 */
export async function queryPreviousYear(
  manager: EntityManager,
  keys: readonly PreviousYearKey[],
): Promise<Map<string, PreviousYearAnswer>> {
  if (keys.length === 0) return new Map();
  const rows: PreviousRow[] = await manager.query(
    `SELECT k.year, k.kecamatan AS "kecamatanCode", k.code AS "indicatorCode", p.year AS "previousYear",
       s.status, s.numerator, s.denominator, s.count, s.yes, s.option,
       s."verifiedNumerator", s."verifiedDenominator", s."verifiedCount", s."verifiedYes", s."verifiedOption",
       json_build_object('measureType', pi."measureType", 'maxPoints', pi."maxPoints", 'scoringRule', pi."scoringRule") AS indicator
     FROM unnest($1::int[], $2::varchar[], $3::varchar[]) AS k(year, kecamatan, code)
     JOIN "period" cp ON cp.year = k.year
     JOIN "indicator" ci ON ci."indicatorSetId" = cp."indicatorSetId" AND ci.code = k.code
     CROSS JOIN LATERAL (
       SELECT e.id, e.year, e."indicatorSetId" FROM "period" e
       WHERE e.year < k.year AND e.demo = false ORDER BY e.year DESC LIMIT 1
     ) p
     JOIN "indicator" pi ON pi."indicatorSetId" = p."indicatorSetId" AND pi.code = k.code AND pi."measureType" = ci."measureType"
     JOIN "submission" s ON s."periodId" = p.id AND s."kecamatanCode" = k.kecamatan AND s."indicatorId" = pi.id`,
    [keys.map((k) => k.year), keys.map((k) => k.kecamatanCode), keys.map((k) => k.indicatorCode)],
  );
  const result = new Map<string, PreviousYearAnswer>();
  for (const row of rows) {
    const previous = toPreviousYearAnswer(row);
    if (previous) result.set(previousYearKeyOf(row), previous);
  }
  return result;
}

function toPreviousYearAnswer(row: PreviousRow): PreviousYearAnswer | null {
  const indicator = row.indicator as IndicatorEntity;
  const verified = row.status === SubmissionStatus.VERIFIED;
  const answer = answerOf(verified ? verifiedAnswerOfRow(row) : row, indicator);
  if (!answer) return null;
  return Object.assign(new PreviousYearAnswer(), {
    indicatorCode: row.indicatorCode,
    year: row.previousYear,
    state: row.status,
    answer,
    points: scoreAnswer(indicator, answer),
  });
}
