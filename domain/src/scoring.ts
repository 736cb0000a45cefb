import { type Answer, type MeasureType, isAnswered, percentageOf } from './answer.js';

/** One band of a BANDS rule: inclusive bounds over the percentage (0–100) or the count. */
export interface ScoreBand {
  min?: number | null;
  max?: number | null;
  points: number;
}

/** One choice of an OPTIONS indicator and the points it earns. */
export interface ScoreOption {
  value: string;
  label: string;
  labelEn?: string;
  points: number;
}

/**
 * How an answer becomes points. It is data stored with the indicator, so the city can change
 * weights and thresholds without a code change. The first matching band wins.
 */
export type ScoringRule =
  | {
      type: 'BANDS';
      bands: ScoreBand[];
      /**
       * PERCENTAGE only: points when the denominator is 0, e.g. "victims served / victims
       * reported" in a kecamatan with no reported case. When unset, a 0 denominator is refused.
       */
      noCasesPoints?: number | null;
    }
  | { type: 'YES_NO'; yes: number; no: number }
  | { type: 'OPTIONS'; options: ScoreOption[] };

export interface ScorableIndicator {
  measureType: MeasureType;
  maxPoints: number;
  scoringRule: ScoringRule;
}

const RULE_TYPE_BY_MEASURE: Record<MeasureType, ScoringRule['type']> = {
  PERCENTAGE: 'BANDS',
  COUNT: 'BANDS',
  YES_NO: 'YES_NO',
  OPTIONS: 'OPTIONS',
};

/** Rounds to two decimals so totals like 600.0000001 do not cross a band edge by float noise. */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The most points a rule can give. */
export function ruleMaxPoints(rule: ScoringRule): number {
  switch (rule.type) {
    case 'BANDS':
      return Math.max(0, rule.noCasesPoints ?? 0, ...rule.bands.map((band) => band.points));
    case 'YES_NO':
      return Math.max(rule.yes, rule.no);
    case 'OPTIONS':
      return Math.max(0, ...rule.options.map((option) => option.points));
  }
}

/** Whether a PERCENTAGE indicator accepts 0 / 0 as "no cases". */
export function acceptsNoCases(rule: ScoringRule): boolean {
  return rule.type === 'BANDS' && rule.noCasesPoints != null;
}

/** Option values an OPTIONS indicator accepts (empty for other rules). */
export function optionValuesOf(rule: ScoringRule): string[] {
  return rule.type === 'OPTIONS' ? rule.options.map((option) => option.value) : [];
}

/** Problems that make a rule unusable for its indicator; empty when it is consistent. */
export function checkScoringRule(indicator: ScorableIndicator): string[] {
  const { scoringRule: rule, measureType, maxPoints } = indicator;
  const problems: string[] = [];
  if (rule.type !== RULE_TYPE_BY_MEASURE[measureType]) {
    problems.push(`rule type ${rule.type} does not fit measure type ${measureType}`);
    return problems;
  }
  const points =
    rule.type === 'BANDS'
      ? [...rule.bands.map((b) => b.points), rule.noCasesPoints ?? 0]
      : rule.type === 'YES_NO'
        ? [rule.yes, rule.no]
        : rule.options.map((o) => o.points);
  if (points.some((p) => !Number.isFinite(p) || p < 0)) problems.push('points must be finite and not negative');
  if (ruleMaxPoints(rule) !== maxPoints)
    problems.push(`rule gives at most ${ruleMaxPoints(rule)} points, maxPoints is ${maxPoints}`);
  if (rule.type === 'BANDS') {
    if (rule.noCasesPoints != null && measureType !== 'PERCENTAGE')
      problems.push('noCasesPoints applies to PERCENTAGE indicators only');
    if (rule.bands.length === 0) problems.push('a BANDS rule needs at least one band');
    rule.bands.forEach((band, i) => {
      if (band.min != null && band.max != null && band.min > band.max) problems.push(`band ${i + 1}: min is above max`);
    });
  }
  if (rule.type === 'OPTIONS') {
    const values = rule.options.map((o) => o.value);
    if (values.length === 0) problems.push('an OPTIONS rule needs at least one option');
    if (new Set(values).size !== values.length) problems.push('option values must be unique');
  }
  return problems;
}

function bandPoints(bands: ScoreBand[], value: number): number {
  const band = bands.find((b) => (b.min == null || value >= b.min) && (b.max == null || value <= b.max));
  return band ? band.points : 0;
}

/** Points an answer earns; an empty or incomplete answer earns 0. */
export function scoreAnswer(indicator: ScorableIndicator, answer: Answer | null | undefined): number {
  if (!isAnswered(indicator.measureType, answer) || !answer) return 0;
  const rule = indicator.scoringRule;
  switch (rule.type) {
    case 'BANDS': {
      if (indicator.measureType === 'PERCENTAGE' && answer.denominator === 0)
        return roundPoints(rule.noCasesPoints ?? 0);
      const value = indicator.measureType === 'PERCENTAGE' ? percentageOf(answer) : answer.count;
      return value == null ? 0 : roundPoints(bandPoints(rule.bands, value));
    }
    case 'YES_NO':
      return roundPoints(answer.yes ? rule.yes : rule.no);
    case 'OPTIONS':
      return roundPoints(rule.options.find((o) => o.value === answer.option)?.points ?? 0);
  }
}

/** KLA ranking categories on the 0–1000 scale. */
export const SCORE_CATEGORIES = ['NONE', 'PRATAMA', 'MADYA', 'NINDYA', 'UTAMA', 'KLA'] as const;
export type ScoreCategory = (typeof SCORE_CATEGORIES)[number];

/**
 * Lower edges of each category. The published ranges are integers (Pratama 500–600, Madya
 * 601–700, …); on a continuous score we read them as Pratama [500, 600], Madya (600, 700],
 * Nindya (700, 800], Utama (800, 900], KLA (900, 1000], so 600.5 is Madya and 700 is Madya.
 */
export const CATEGORY_EDGES: ReadonlyArray<{
  category: Exclude<ScoreCategory, 'NONE'>;
  above: number;
  inclusive: boolean;
}> = [
  { category: 'KLA', above: 900, inclusive: false },
  { category: 'UTAMA', above: 800, inclusive: false },
  { category: 'NINDYA', above: 700, inclusive: false },
  { category: 'MADYA', above: 600, inclusive: false },
  { category: 'PRATAMA', above: 500, inclusive: true },
];

export function categoryOf(total: number): ScoreCategory {
  const score = roundPoints(total);
  const edge = CATEGORY_EDGES.find((e) => (e.inclusive ? score >= e.above : score > e.above));
  return edge ? edge.category : 'NONE';
}

export interface ScoredCluster {
  clusterCode: string;
  score: number;
  maxPoints: number;
  answered: number;
  indicatorCount: number;
}

export interface ScoreSummary {
  total: number;
  maxTotal: number;
  category: ScoreCategory;
  clusters: ScoredCluster[];
}

export interface ClusterIndicator extends ScorableIndicator {
  id: string;
  clusterCode: string;
}

/**
 * Scores one kecamatan: points per indicator summed per cluster (in the order clusters are
 * given), the total out of the clusters' maxima, and the category.
 */
export function scoreKecamatan(
  clusterCodes: readonly string[],
  indicators: readonly ClusterIndicator[],
  answersByIndicatorId: ReadonlyMap<string, Answer | null | undefined>,
): ScoreSummary {
  const clusters = new Map<string, ScoredCluster>(
    clusterCodes.map((code) => [code, { clusterCode: code, score: 0, maxPoints: 0, answered: 0, indicatorCount: 0 }]),
  );
  for (const indicator of indicators) {
    const cluster = clusters.get(indicator.clusterCode);
    if (!cluster) continue;
    const answer = answersByIndicatorId.get(indicator.id);
    cluster.indicatorCount += 1;
    cluster.maxPoints += indicator.maxPoints;
    if (isAnswered(indicator.measureType, answer)) cluster.answered += 1;
    cluster.score = roundPoints(cluster.score + scoreAnswer(indicator, answer));
  }
  const list = [...clusters.values()];
  const total = roundPoints(list.reduce((sum, c) => sum + c.score, 0));
  const maxTotal = list.reduce((sum, c) => sum + c.maxPoints, 0);
  return { total, maxTotal, category: categoryOf(total), clusters: list };
}
