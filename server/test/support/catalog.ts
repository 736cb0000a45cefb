import type { DataSource } from 'typeorm';
import { IndicatorEntity } from '../../src/modules/indicator/indicator.entity.js';
import { Period } from '../../src/modules/period/period.entity.js';
import { YEAR } from './fixtures.js';

/** A year's period and the indicators of its set, in their order (by number). */
export async function periodWithIndicators(
  dataSource: DataSource,
  year = YEAR,
): Promise<{ period: Period; indicators: IndicatorEntity[] }> {
  const period = await dataSource.getRepository(Period).findOneByOrFail({ year });
  const indicators = await dataSource
    .getRepository(IndicatorEntity)
    .find({ where: { indicatorSetId: period.indicatorSetId }, order: { number: 'ASC' } });
  return { period, indicators };
}
