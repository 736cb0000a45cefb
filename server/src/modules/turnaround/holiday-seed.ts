import type { EntityManager } from 'typeorm';
import { readHolidaySeed } from '../../database/seed/seed-files.js';
import { HolidayEntity } from './holiday.entity.js';

const SEEDED_KEY = 'holidays.seededYears';

/**
 * Seeds each year of `holidays-id.json` once: the years done are remembered in a setting, so a
 * holiday the admin deleted or changed is never put back by a restart.
 */
export async function seedHolidays(manager: EntityManager): Promise<void> {
  const seed = readHolidaySeed();
  const [row] = await manager.query(`SELECT value FROM setting WHERE key = $1`, [SEEDED_KEY]);
  const done = new Set<string>(Array.isArray(row?.value) ? row.value.map(String) : []);
  const years = Object.keys(seed.years).filter((year) => !done.has(year));
  if (years.length === 0) return;
  const rows = years.flatMap((year) =>
    seed.years[year].holidays.map((h) => ({ ...h, source: seed.years[year].source }) as HolidayEntity),
  );
  await manager.createQueryBuilder().insert().into(HolidayEntity).values(rows).orIgnore().execute();
  await manager.query(
    `INSERT INTO setting (key, value, description) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    [
      SEEDED_KEY,
      JSON.stringify([...done, ...years].sort()),
      'Years of data/holidays-id.json already seeded (a year listed here is never seeded again).',
    ],
  );
}
