import type { EntityManager } from 'typeorm';
import { SCORE_CATEGORIES, type ScoreCategory } from '@kecala/domain';
import { SettingEntity } from './setting.entity.js';

/** The lowest category in which a kecamatan counts as "layak anak" in the city roll-up. */
const LAYAK_ANAK_MINIMUM_KEY = 'rollup.layakAnakMinimumCategory';
/** KECALA default, not an official figure: the city may raise it (e.g. to MADYA) in the setting table. */
const DEFAULT_LAYAK_ANAK_MINIMUM: ScoreCategory = 'PRATAMA';

const DEFAULTS = [
  {
    key: LAYAK_ANAK_MINIMUM_KEY,
    value: DEFAULT_LAYAK_ANAK_MINIMUM,
    description:
      'Lowest KLA category (NONE, PRATAMA, MADYA, NINDYA, UTAMA, KLA) at which a kecamatan counts as layak anak in cityRollup. KECALA default PRATAMA; the city may change it.',
  },
];

/** Inserts missing defaults; never overwrites a value the city set. */
export async function seedSettings(manager: EntityManager): Promise<void> {
  await manager.createQueryBuilder().insert().into(SettingEntity).values(DEFAULTS).orIgnore().execute();
}

/** Reads the minimum category: one statement; an unknown or missing value falls back to the default. */
export async function layakAnakMinimum(manager: EntityManager): Promise<ScoreCategory> {
  const row = await manager.findOne(SettingEntity, { where: { key: LAYAK_ANAK_MINIMUM_KEY } });
  const value = row?.value;
  return typeof value === 'string' && (SCORE_CATEGORIES as readonly string[]).includes(value)
    ? (value as ScoreCategory)
    : DEFAULT_LAYAK_ANAK_MINIMUM;
}
