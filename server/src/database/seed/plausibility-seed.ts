import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from 'typeorm';
import { checkPlausibilityRule, normalizePlausibilityRule, type PlausibilityRule } from '@kecala/domain';
import { IndicatorEntity } from '../../modules/indicator/indicator.entity.js';
import type { IndicatorSetSeed } from './seed-files.js';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** Default plausibility rules of an indicator set, each with why (data/SOURCES.md). */
export interface PlausibilitySeed {
  indicatorSet: string;
  source: string;
  rules: Record<string, { rule: PlausibilityRule | null; why: string }>;
}

/** Marks, per database, that the default rules were applied once: a rule the admin clears stays cleared. */
export const PLAUSIBILITY_SEED_SETTING = 'seed.plausibilityRules';

export function readPlausibilitySeed(code = 'kla-24'): PlausibilitySeed {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, `plausibility-${code}.json`), 'utf8')) as PlausibilitySeed;
}

/** Fails loudly on a default that does not fit its set: every indicator listed, every rule valid for its measure type. */
export function checkPlausibilitySeed(seed: PlausibilitySeed, set: IndicatorSetSeed): string[] {
  const problems: string[] = [];
  if (seed.indicatorSet !== set.code) problems.push(`rules are for ${seed.indicatorSet}, not ${set.code}`);
  const codes = new Set(set.indicators.map((i) => i.code));
  for (const code of Object.keys(seed.rules))
    if (!codes.has(code)) problems.push(`${code}: not an indicator of the set`);
  for (const indicator of set.indicators) {
    const entry = seed.rules[indicator.code];
    if (!entry) problems.push(`${indicator.code}: no plausibility entry`);
    else if (!entry.why?.trim()) problems.push(`${indicator.code}: no reason given`);
    else
      for (const error of checkPlausibilityRule(entry.rule, indicator.measureType))
        problems.push(`${indicator.code}: ${error.message}`);
  }
  return problems;
}

/**
 * Gives the set's indicators their default rules once per database (new or upgraded), only where
 * an indicator has none; the setting row records that it happened, so restarting never brings back
 * a rule an admin removed.
 */
export async function seedPlausibilityRules(
  manager: EntityManager,
  setId: string,
  set: IndicatorSetSeed,
  seed: PlausibilitySeed,
): Promise<void> {
  const problems = checkPlausibilitySeed(seed, set);
  if (problems.length > 0)
    throw new Error(`Plausibility rules of ${set.code} are inconsistent:\n- ${problems.join('\n- ')}`);
  const marked: unknown[] = await manager.query(
    `INSERT INTO "setting" ("key", "value", "description") VALUES ($1, $2, $3) ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
    [
      PLAUSIBILITY_SEED_SETTING,
      JSON.stringify({ [set.code]: true }),
      'Default plausibility rules were applied to the seeded indicator set (never again: admins edit them).',
    ],
  );
  if (marked.length === 0) return;
  const indicators = await manager.find(IndicatorEntity, {
    select: { id: true, code: true, plausibilityRule: true },
    where: { indicatorSetId: setId },
  });
  for (const indicator of indicators) {
    const rule = normalizePlausibilityRule(seed.rules[indicator.code]?.rule ?? null);
    if (indicator.plausibilityRule == null && rule)
      await manager.update(IndicatorEntity, { id: indicator.id }, { plausibilityRule: rule });
  }
}
