import type { Answer } from './answer.js';
import { SCORE_CATEGORIES, scoreAnswer, type ScorableIndicator, type ScoreCategory } from './scoring.js';

/** Whether a category is the minimum or above it (NONE < PRATAMA < … < KLA). */
export function categoryAtLeast(category: ScoreCategory, minimum: ScoreCategory): boolean {
  return SCORE_CATEGORIES.indexOf(category) >= SCORE_CATEGORIES.indexOf(minimum);
}

export interface CategoryCount {
  category: ScoreCategory;
  count: number;
}

export interface CategoryRollup {
  total: number;
  /** Every category, NONE first, zeros included. */
  counts: CategoryCount[];
  /** How many are at least the minimum category. */
  atLeastMinimum: number;
  /** atLeastMinimum / total (0 when there is none), four decimals. */
  share: number;
}

/** Counts categories (all six, zeros included) and how many reach the minimum. */
export function rollupCategories(categories: readonly ScoreCategory[], minimum: ScoreCategory): CategoryRollup {
  const counts = SCORE_CATEGORIES.map((category) => ({
    category,
    count: categories.filter((c) => c === category).length,
  }));
  const atLeastMinimum = categories.filter((c) => categoryAtLeast(c, minimum)).length;
  const share = categories.length === 0 ? 0 : Math.round((atLeastMinimum / categories.length) * 10000) / 10000;
  return { total: categories.length, counts, atLeastMinimum, share };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a), e.g. "2024|32.75.09". */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Candidate answers of an indicator, one per way its rule can give points. */
function candidateAnswers(indicator: ScorableIndicator): Answer[] {
  const rule = indicator.scoringRule;
  switch (rule.type) {
    case 'YES_NO':
      return [{ yes: true }, { yes: false }];
    case 'OPTIONS':
      return rule.options.map((o) => ({ option: o.value }));
    case 'BANDS': {
      const values = rule.bands.flatMap((b) => {
        const inside = b.min != null ? b.min : b.max != null ? b.max : 50;
        return [inside, b.max ?? inside];
      });
      if (indicator.measureType === 'PERCENTAGE') {
        // Denominator 200: every half percent is reachable exactly.
        return values
          .map((v) => Math.min(100, Math.max(0, v)))
          .map((v) => ({ numerator: Math.round(v * 2), denominator: 200 }));
      }
      return values.map((v) => ({ count: Math.max(0, Math.round(v)) }));
    }
  }
}

/**
 * An answer whose points are the reachable ones closest to `targetPoints` (ties: the higher):
 * builds plausible demo data and test fixtures without knowing each rule's bands.
 */
export function answerNearPoints(indicator: ScorableIndicator, targetPoints: number): Answer {
  let best: { answer: Answer; points: number } | null = null;
  for (const answer of candidateAnswers(indicator)) {
    const points = scoreAnswer(indicator, answer);
    const distance = Math.abs(points - targetPoints);
    if (
      !best ||
      distance < Math.abs(best.points - targetPoints) ||
      (distance === Math.abs(best.points - targetPoints) && points > best.points)
    ) {
      best = { answer, points };
    }
  }
  return best!.answer;
}
