import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { checkScoringRule } from '@kecala/domain';
import { Kecamatan } from '../../modules/region/kecamatan.entity.js';
import { Kelurahan } from '../../modules/region/kelurahan.entity.js';
import { Province } from '../../modules/region/province.entity.js';
import { City, CityKind } from '../../modules/region/city.entity.js';
import { ClusterEntity } from '../../modules/indicator/cluster.entity.js';
import { IndicatorSetEntity } from '../../modules/indicator/indicator-set.entity.js';
import { IndicatorEntity } from '../../modules/indicator/indicator.entity.js';
import { Period, PeriodStatus } from '../../modules/period/period.entity.js';
import { Role, UserEntity } from '../../modules/auth/user.entity.js';
import { hashPassword } from '../../modules/auth/password.js';
import { backfillScores } from '../../modules/scoring/score-table.js';
import { seedSettings } from '../../modules/insight/settings.service.js';
import { seedHolidays } from '../../modules/turnaround/holiday-seed.js';
import { EvidenceRequirementEntity } from '../../modules/evidence/evidence-requirement.entity.js';
import {
  readEvidenceChecklistSeed,
  readIndicatorSetSeed,
  readKecamatanSeed,
  readKelurahanSeed,
  type EvidenceChecklistSeed,
  type IndicatorSeed,
  type IndicatorSetSeed,
} from './seed-files.js';
import { readPlausibilitySeed, seedPlausibilityRules } from './plausibility-seed.js';

const CITY_CODE = '32.75';
/** Kota Bekasi's province and kab/kota (Kepmendagri No 300.2.2-2430 Tahun 2025, see data/SOURCES.md). */
const DEFAULT_PROVINCE = { code: '32', name: 'Jawa Barat' } as const;
const DEFAULT_CITY = {
  code: CITY_CODE,
  name: 'Kota Bekasi',
  kind: CityKind.KOTA,
  provinceCode: DEFAULT_PROVINCE.code,
} as const;
export const DEFAULT_INDICATOR_SET = 'kla-24';
/** Password of every seeded demo account (README). Demo only: change or disable in production. */
export const DEMO_PASSWORD = 'kecala2026';

export interface SeedOptions {
  demoUsers: boolean;
  /** The clock, so tests can seed another "current" year. */
  now?: Date;
}

/** Demo operator username for a kecamatan code: 32.75.09 → op-3275-09. */
export function operatorUsername(kecamatanCode: string): string {
  const [province, city, kecamatan] = kecamatanCode.split('.');
  return `op-${province}${city}-${kecamatan}`;
}

/** Each English column with the Bahasa column it translates. */
const ENGLISH_COLUMNS = [
  ['shortNameEn', 'shortName'],
  ['guidanceEn', 'guidance'],
  ['numeratorLabelEn', 'numeratorLabel'],
  ['denominatorLabelEn', 'denominatorLabel'],
  ['unitEn', 'unit'],
] as const;

/** Fails loudly on a seed file that breaks the instrument's invariants. */
export function checkIndicatorSetSeed(set: IndicatorSetSeed): string[] {
  const problems: string[] = [];
  const clusterCodes = new Set(set.clusters.map((c) => c.code));
  for (const indicator of set.indicators) {
    if (!clusterCodes.has(indicator.clusterCode))
      problems.push(`${indicator.code}: unknown cluster ${indicator.clusterCode}`);
    for (const problem of checkScoringRule(indicator)) problems.push(`${indicator.code}: ${problem}`);
    problems.push(...englishSeedProblems(indicator));
  }
  const total = set.indicators.reduce((sum, i) => sum + i.maxPoints, 0);
  if (total !== 1000) problems.push(`maxPoints add up to ${total}, not 1000`);
  return problems;
}

/** Every Bahasa text of a seeded indicator has its English text, and no English text is without one. */
function englishSeedProblems(indicator: IndicatorSeed): string[] {
  const problems: string[] = [];
  for (const [en, id] of ENGLISH_COLUMNS) {
    const bahasa = indicator[id]?.trim() ?? '';
    const english = indicator[en]?.trim() ?? '';
    if (bahasa !== '' && english === '') problems.push(`${indicator.code}: ${en} is missing`);
    if (bahasa === '' && english !== '') problems.push(`${indicator.code}: ${en} without ${id}`);
  }
  if (indicator.scoringRule.type === 'OPTIONS')
    for (const option of indicator.scoringRule.options)
      if (!option.labelEn?.trim()) problems.push(`${indicator.code}: option ${option.value} has no labelEn`);
  return problems;
}

const REQUIREMENT_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const MAX_REQUIREMENTS_PER_INDICATOR = 3;

/**
 * Fails loudly on an evidence checklist that does not fit its indicator set: every indicator has
 * 1–3 items with at least one required, codes are UPPER_SNAKE (≤ 40 characters) and unique per
 * indicator, labels fit their columns.
 */
export function checkEvidenceChecklistSeed(checklist: EvidenceChecklistSeed, set: IndicatorSetSeed): string[] {
  const problems: string[] = [];
  if (checklist.indicatorSet !== set.code) problems.push(`checklist is for ${checklist.indicatorSet}, not ${set.code}`);
  const indicatorCodes = new Set(set.indicators.map((i) => i.code));
  for (const code of Object.keys(checklist.requirements)) {
    if (!indicatorCodes.has(code)) problems.push(`${code}: not an indicator of ${set.code}`);
  }
  for (const indicator of set.indicators) {
    const items = checklist.requirements[indicator.code] ?? [];
    if (items.length === 0 || items.length > MAX_REQUIREMENTS_PER_INDICATOR) {
      problems.push(
        `${indicator.code}: has ${items.length} evidence items, expected 1–${MAX_REQUIREMENTS_PER_INDICATOR}`,
      );
    }
    if (items.length > 0 && !items.some((item) => item.required))
      problems.push(`${indicator.code}: no required evidence item`);
    const seen = new Set<string>();
    for (const item of items) {
      if (!REQUIREMENT_CODE.test(item.code) || item.code.length > 40)
        problems.push(`${indicator.code}: code "${item.code}" is not UPPER_SNAKE of at most 40 characters`);
      if (seen.has(item.code)) problems.push(`${indicator.code}: code ${item.code} appears twice`);
      seen.add(item.code);
      if (!item.label?.trim() || item.label.length > 300)
        problems.push(`${indicator.code}/${item.code}: label must have 1–300 characters`);
      if (!item.labelEn?.trim() || item.labelEn.length > 300)
        problems.push(`${indicator.code}/${item.code}: labelEn must have 1–300 characters`);
      if (typeof item.required !== 'boolean')
        problems.push(`${indicator.code}/${item.code}: required must be true or false`);
    }
  }
  return problems;
}

/** The deadline of a year's period: 31 December, 23:59:59 WIB (UTC+7). */
export function defaultDeadline(year: number): Date {
  return new Date(Date.UTC(year, 11, 31, 16, 59, 59));
}

/**
 * Loads Kota Bekasi's reference data and the default instrument. Idempotent: rows that exist
 * are left as they are (an admin may have edited names or weights), so restarting never
 * duplicates seed rows and never touches entered data. An advisory lock keeps two starting
 * instances from seeding at once.
 */
export async function seedDatabase(dataSource: DataSource, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date();
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(327500)');
    await seedRegions(manager);
    const setSeed = readIndicatorSetSeed(DEFAULT_INDICATOR_SET);
    const setId = await seedIndicatorSet(manager, setSeed);
    await seedEvidenceRequirements(manager, setId, setSeed, readEvidenceChecklistSeed(DEFAULT_INDICATOR_SET));
    await seedPlausibilityRules(manager, setId, setSeed, readPlausibilitySeed(DEFAULT_INDICATOR_SET));
    await seedCurrentPeriod(manager, now.getUTCFullYear(), setId);
    await seedSettings(manager);
    await seedHolidays(manager);
    if (options.demoUsers) await seedDemoUsers(manager);
    // Databases that predate the maintained score table get their rows (a no-op afterwards).
    await backfillScores(manager);
  });
}

async function seedRegions(manager: EntityManager): Promise<void> {
  await manager.createQueryBuilder().insert().into(Province).values([DEFAULT_PROVINCE]).orIgnore().execute();
  await manager.createQueryBuilder().insert().into(City).values([DEFAULT_CITY]).orIgnore().execute();
  const kecamatan = readKecamatanSeed().map((row) => ({ ...row, cityCode: CITY_CODE }));
  await manager.createQueryBuilder().insert().into(Kecamatan).values(kecamatan).orIgnore().execute();
  await manager.createQueryBuilder().insert().into(Kelurahan).values(readKelurahanSeed()).orIgnore().execute();
}

async function seedIndicatorSet(manager: EntityManager, seed: IndicatorSetSeed): Promise<string> {
  const problems = checkIndicatorSetSeed(seed);
  if (problems.length > 0) throw new Error(`Indicator set ${seed.code} is inconsistent:\n- ${problems.join('\n- ')}`);
  await manager.createQueryBuilder().insert().into(ClusterEntity).values(seed.clusters).orIgnore().execute();
  const existing = await manager.findOne(IndicatorSetEntity, { where: { code: seed.code } });
  if (existing) {
    await backfillEnglishTexts(manager, existing.id, seed);
    return existing.id;
  }
  const setId = randomUUID();
  await manager.insert(IndicatorSetEntity, { id: setId, code: seed.code, name: seed.name, source: seed.source });
  await manager.insert(
    IndicatorEntity,
    seed.indicators.map((indicator) => ({ ...indicator, id: randomUUID(), indicatorSetId: setId })),
  );
  return setId;
}

/**
 * Fills the English texts of a set seeded before they existed, in one statement: a column still
 * empty gets the seed's English only where its Bahasa text is still the seeded one (an admin's
 * edit of the Bahasa text is never paired with a translation of the old one; an English text an
 * admin wrote is kept).
 */
export async function backfillEnglishTexts(
  manager: EntityManager,
  setId: string,
  seed: IndicatorSetSeed,
): Promise<void> {
  const rows = seed.indicators.map((indicator) => {
    const row: Record<string, string | null> = { code: indicator.code };
    for (const [en, id] of ENGLISH_COLUMNS) {
      row[id] = indicator[id];
      row[en] = indicator[en];
    }
    return row;
  });
  const sets = ENGLISH_COLUMNS.map(
    ([en, id]) =>
      `"${en}" = COALESCE(i."${en}", CASE WHEN i."${id}" IS NOT DISTINCT FROM s."${id}" THEN s."${en}" END)`,
  );
  const columns = ['code', ...ENGLISH_COLUMNS.flat()].map((c) => `"${c}" text`);
  await manager.query(
    `UPDATE indicator AS i SET ${sets.join(', ')}
       FROM jsonb_to_recordset($2::jsonb) AS s(${columns.join(', ')})
      WHERE i."indicatorSetId" = $1 AND i.code = s.code
        AND (${ENGLISH_COLUMNS.map(([en]) => `i."${en}" IS NULL`).join(' OR ')})`,
    [setId, JSON.stringify(rows)],
  );
}

/**
 * Inserts the checklist items the set does not have yet, matched on (indicator, code): runs on
 * every start, so a database whose set was seeded before checklists existed gets them too, and
 * items an admin edited keep their edits.
 */
async function seedEvidenceRequirements(
  manager: EntityManager,
  setId: string,
  set: IndicatorSetSeed,
  checklist: EvidenceChecklistSeed,
): Promise<void> {
  const problems = checkEvidenceChecklistSeed(checklist, set);
  if (problems.length > 0)
    throw new Error(`Evidence checklist of ${set.code} is inconsistent:\n- ${problems.join('\n- ')}`);
  const indicators = await manager.find(IndicatorEntity, {
    select: { id: true, code: true },
    where: { indicatorSetId: setId },
  });
  const rows = indicators.flatMap((indicator) =>
    (checklist.requirements[indicator.code] ?? []).map((item, sortOrder) => ({
      ...item,
      id: randomUUID(),
      indicatorId: indicator.id,
      sortOrder,
    })),
  );
  if (rows.length === 0) return;
  await manager.createQueryBuilder().insert().into(EvidenceRequirementEntity).values(rows).orIgnore().execute();
}

async function seedCurrentPeriod(manager: EntityManager, year: number, indicatorSetId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(Period)
    .values({ id: randomUUID(), year, status: PeriodStatus.OPEN, deadline: defaultDeadline(year), indicatorSetId })
    .orIgnore()
    .execute();
}

interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  kecamatanCode: string | null;
}

async function seedDemoUsers(manager: EntityManager): Promise<void> {
  const kecamatan = await manager.find(Kecamatan, { order: { code: 'ASC' } });
  const wanted: DemoUser[] = [
    { username: 'admin', displayName: 'Admin DP3A Kota Bekasi', role: Role.ADMIN, kecamatanCode: null },
    { username: 'evaluator', displayName: 'Evaluator Gugus Tugas KLA', role: Role.EVALUATOR, kecamatanCode: null },
    ...kecamatan.map((k) => ({
      username: operatorUsername(k.code),
      displayName: `Operator Kecamatan ${k.name}`,
      role: Role.OPERATOR,
      kecamatanCode: k.code,
    })),
  ];
  const present = new Set((await manager.find(UserEntity, { select: { username: true } })).map((u) => u.username));
  const missing = wanted.filter((u) => !present.has(u.username));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values(missing.map((u) => ({ ...u, id: randomUUID(), passwordHash, active: true })))
    .orIgnore()
    .execute();
}
