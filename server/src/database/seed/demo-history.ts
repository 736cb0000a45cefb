import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { answerNearPoints, seedOf, seededRandom } from '@kecala/domain';
import { IndicatorSetEntity } from '../../modules/indicator/indicator-set.entity.js';
import { IndicatorEntity } from '../../modules/indicator/indicator.entity.js';
import { Period, PeriodStatus } from '../../modules/period/period.entity.js';
import { Kecamatan } from '../../modules/region/kecamatan.entity.js';
import { answerColumnsOf, SubmissionEntity, SubmissionStatus } from '../../modules/submission/submission.entity.js';
import { refreshScores } from '../../modules/scoring/score-table.js';
import { DEFAULT_INDICATOR_SET, defaultDeadline } from './seed.js';

/** How many earlier years the demo history covers: current−3 … current−1. */
const DEMO_HISTORY_YEARS = 3;

export class DemoHistoryRefused extends Error {}

export interface DemoHistoryResult {
  years: number[];
  /** Years created now (the others were already there as demo). */
  created: number[];
  submissions: number;
}

/**
 * Adds DEMO_HISTORY_YEARS earlier years as CLOSED periods marked `demo`, with verified answers
 * for every kecamatan and indicator from a seeded PRNG: the same data on every machine and every
 * run. Idempotent (existing demo rows are kept, missing ones added); refuses, changing nothing,
 * when a real (non-demo) period exists for one of those years. Never run by `npm start`.
 */
export async function seedDemoHistory(
  dataSource: DataSource,
  options: { now?: Date } = {},
): Promise<DemoHistoryResult> {
  const current = (options.now ?? new Date()).getUTCFullYear();
  const years = Array.from({ length: DEMO_HISTORY_YEARS }, (_, i) => current - DEMO_HISTORY_YEARS + i);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(327501)');
    const missing = await addDemoPeriods(manager, years, current);
    const periods = await manager.find(Period, { where: { year: In(years) }, order: { year: 'ASC' } });
    const [kecamatan, indicators] = await Promise.all([
      manager.find(Kecamatan, { order: { code: 'ASC' } }),
      manager.find(IndicatorEntity, {
        where: { indicatorSetId: In([...new Set(periods.map((p) => p.indicatorSetId))]) },
        order: { number: 'ASC' },
      }),
    ]);
    let submissions = 0;
    for (const [index, period] of periods.entries()) {
      const rows = kecamatan.flatMap((k) =>
        demoAnswersOf(
          period,
          k.code,
          index,
          indicators.filter((indicator) => indicator.indicatorSetId === period.indicatorSetId),
        ),
      );
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SubmissionEntity)
        .values(rows)
        .orIgnore()
        .returning(['id'])
        .execute();
      submissions += inserted.raw.length;
      await refreshScores(
        manager,
        kecamatan.map((k) => ({ periodId: period.id, kecamatanCode: k.code })),
      );
    }
    return { years, created: missing, submissions };
  });
}

/**
 * The demo periods of `years` not there yet, CLOSED, on the current year's indicator set (else the
 * default one); refuses when one of the years has a real period. Returns the years added.
 */
async function addDemoPeriods(manager: EntityManager, years: number[], current: number): Promise<number[]> {
  const existing = await manager.find(Period, { where: { year: In(years) } });
  const real = existing.filter((p) => !p.demo);
  if (real.length > 0) {
    throw new DemoHistoryRefused(
      `Refusing to add demo history: year ${real.map((p) => p.year).join(', ')} already has a real (non-demo) evaluation period.`,
    );
  }
  const [currentPeriod] = await manager.find(Period, { where: { year: current } });
  const setId =
    currentPeriod?.indicatorSetId ??
    (await manager.findOneOrFail(IndicatorSetEntity, { where: { code: DEFAULT_INDICATOR_SET } })).id;
  const missing = years.filter((year) => !existing.some((p) => p.year === year));
  if (missing.length > 0) {
    await manager.insert(
      Period,
      missing.map((year) => ({
        id: randomUUID(),
        year,
        status: PeriodStatus.CLOSED,
        deadline: defaultDeadline(year),
        indicatorSetId: setId,
        demo: true,
      })),
    );
  }
  return missing;
}

/**
 * One kecamatan's verified answers of one demo year (the `index`-th): the kecamatan's own level,
 * the same every year, improving a little year by year, with a seeded spread per answer.
 */
function demoAnswersOf(
  period: Period,
  kecamatanCode: string,
  index: number,
  indicators: IndicatorEntity[],
): QueryDeepPartialEntity<SubmissionEntity>[] {
  const strength = 0.45 + 0.4 * seededRandom(seedOf(`demo|${kecamatanCode}`))();
  const level = strength - 0.08 + 0.06 * index;
  const random = seededRandom(seedOf(`demo|${period.year}|${kecamatanCode}`));
  return indicators.map((indicator) => {
    const target = indicator.maxPoints * Math.min(1, Math.max(0, level + (random() - 0.5) * 0.5));
    const values = answerColumnsOf(answerNearPoints(indicator, target));
    const verifiedAt = new Date(Date.UTC(period.year, 10, 15));
    return {
      id: randomUUID(),
      periodId: period.id,
      kecamatanCode,
      indicatorId: indicator.id,
      ...values,
      note: 'Data demo (contoh), bukan data sebenarnya.',
      status: SubmissionStatus.VERIFIED,
      version: 1,
      statusChangedAt: verifiedAt,
      verifiedNumerator: values.numerator,
      verifiedDenominator: values.denominator,
      verifiedCount: values.count,
      verifiedYes: values.yes,
      verifiedOption: values.option,
      verifiedAt,
    };
  });
}
