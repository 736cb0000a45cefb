import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { checkScoringRule } from '@kecala/domain';
import { Kecamatan } from '../../modules/region/kecamatan.entity.js';
import { Kelurahan } from '../../modules/region/kelurahan.entity.js';
import { ClusterEntity } from '../../modules/indicator/cluster.entity.js';
import { IndicatorSetEntity } from '../../modules/indicator/indicator-set.entity.js';
import { IndicatorEntity } from '../../modules/indicator/indicator.entity.js';
import { Period, PeriodStatus } from '../../modules/period/period.entity.js';
import { Role, UserEntity } from '../../modules/auth/user.entity.js';
import { hashPassword } from '../../modules/auth/password.js';
import { readIndicatorSetSeed, readKecamatanSeed, readKelurahanSeed, type IndicatorSetSeed } from './seed-files.js';

export const CITY_CODE = '32.75';
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

/** Fails loudly on a seed file that breaks the instrument's invariants. */
export function checkIndicatorSetSeed(set: IndicatorSetSeed): string[] {
  const problems: string[] = [];
  const clusterCodes = new Set(set.clusters.map((c) => c.code));
  for (const indicator of set.indicators) {
    if (!clusterCodes.has(indicator.clusterCode)) problems.push(`${indicator.code}: unknown cluster ${indicator.clusterCode}`);
    for (const problem of checkScoringRule(indicator)) problems.push(`${indicator.code}: ${problem}`);
  }
  const total = set.indicators.reduce((sum, i) => sum + i.maxPoints, 0);
  if (total !== 1000) problems.push(`maxPoints add up to ${total}, not 1000`);
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
    const setId = await seedIndicatorSet(manager, readIndicatorSetSeed(DEFAULT_INDICATOR_SET));
    await seedCurrentPeriod(manager, now.getUTCFullYear(), setId);
    if (options.demoUsers) await seedDemoUsers(manager);
  });
}

async function seedRegions(manager: EntityManager): Promise<void> {
  const kecamatan = readKecamatanSeed().map((row) => ({ ...row, cityCode: CITY_CODE }));
  await manager.createQueryBuilder().insert().into(Kecamatan).values(kecamatan).orIgnore().execute();
  await manager.createQueryBuilder().insert().into(Kelurahan).values(readKelurahanSeed()).orIgnore().execute();
}

async function seedIndicatorSet(manager: EntityManager, seed: IndicatorSetSeed): Promise<string> {
  const problems = checkIndicatorSetSeed(seed);
  if (problems.length > 0) throw new Error(`Indicator set ${seed.code} is inconsistent:\n- ${problems.join('\n- ')}`);
  await manager.createQueryBuilder().insert().into(ClusterEntity).values(seed.clusters).orIgnore().execute();
  const existing = await manager.findOne(IndicatorSetEntity, { where: { code: seed.code } });
  if (existing) return existing.id;
  const setId = randomUUID();
  await manager.insert(IndicatorSetEntity, { id: setId, code: seed.code, name: seed.name, source: seed.source });
  await manager.insert(
    IndicatorEntity,
    seed.indicators.map((indicator) => ({ ...indicator, id: randomUUID(), indicatorSetId: setId })),
  );
  return setId;
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
