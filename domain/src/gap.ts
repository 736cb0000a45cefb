import { CATEGORY_EDGES, categoryOf, roundPoints, type ScoreCategory } from './scoring.js';

/** Where one indicator stands, on the basis chosen (self-assessed or verified points). */
export interface IndicatorStanding {
  code: string;
  clusterCode: string;
  maxPoints: number;
  points: number;
  answered: boolean;
  evidenceComplete: boolean;
  verified: boolean;
}

export type MissingStep = 'ANSWER' | 'EVIDENCE' | 'VERIFICATION';

export interface GapItem {
  code: string;
  clusterCode: string;
  /** Points the indicator could still add (its maximum less what it earns now). */
  pointsAvailable: number;
  missing: MissingStep[];
}

export interface GapToNextBand {
  category: ScoreCategory;
  /** The band above, or null when the total is already in the top band (KLA). */
  nextCategory: ScoreCategory | null;
  /** The edge to reach: at least it when `inclusive` (Pratama, 500), otherwise more than it. */
  threshold: number | null;
  inclusive: boolean;
  /** threshold − total (0 or more); with an exclusive edge the total must exceed the threshold. */
  pointsNeeded: number;
  /** Whether the indicators listed could give enough points. */
  reachable: boolean;
  /** Indicators that could add points, most points first. */
  indicators: GapItem[];
}

/**
 * How far a total is from the next KLA band and which indicators could close the gap, each with
 * what it still lacks. Pure: the caller decides the basis (self-assessed or verified points).
 */
export function gapToNextBand(total: number, standings: readonly IndicatorStanding[]): GapToNextBand {
  const score = roundPoints(total);
  const category = categoryOf(score);
  // CATEGORY_EDGES runs from the top band down; the next band is the lowest edge not yet reached.
  const next = [...CATEGORY_EDGES]
    .reverse()
    .find((edge) => (edge.inclusive ? score < edge.above : score <= edge.above));
  const indicators = standings
    .map((s) => ({
      code: s.code,
      clusterCode: s.clusterCode,
      pointsAvailable: roundPoints(Math.max(0, s.maxPoints - s.points)),
      missing: [
        ...(!s.answered ? (['ANSWER'] as const) : []),
        ...(!s.evidenceComplete ? (['EVIDENCE'] as const) : []),
        ...(!s.verified ? (['VERIFICATION'] as const) : []),
      ] as MissingStep[],
    }))
    .filter((item) => item.pointsAvailable > 0)
    .sort((a, b) => b.pointsAvailable - a.pointsAvailable || a.code.localeCompare(b.code));
  if (!next) {
    return {
      category,
      nextCategory: null,
      threshold: null,
      inclusive: false,
      pointsNeeded: 0,
      reachable: true,
      indicators: [],
    };
  }
  const pointsNeeded = roundPoints(Math.max(0, next.above - score));
  const available = roundPoints(indicators.reduce((sum, i) => sum + i.pointsAvailable, 0));
  return {
    category,
    nextCategory: next.category,
    threshold: next.above,
    inclusive: next.inclusive,
    pointsNeeded,
    reachable: next.inclusive ? available >= pointsNeeded : available > pointsNeeded,
    indicators,
  };
}
