/** The sticky cluster navigator's model: progress per cluster and the order of unanswered cards. */

export interface NavigatorCluster {
  code: string;
  /** In form order, each with the form's notion of answered (see isIndicatorAnswered). */
  indicators: ReadonlyArray<{ code: string; answered: boolean }>;
}

export interface ClusterChip {
  code: string;
  answered: number;
  total: number;
}

export interface NavigatorModel {
  chips: ClusterChip[];
  /** Every indicator code in form order. */
  order: string[];
  unanswered: ReadonlySet<string>;
}

export function navigatorModelOf(clusters: readonly NavigatorCluster[]): NavigatorModel {
  const chips = clusters.map((cluster) => ({
    code: cluster.code,
    answered: cluster.indicators.filter((i) => i.answered).length,
    total: cluster.indicators.length,
  }));
  const all = clusters.flatMap((cluster) => cluster.indicators);
  return {
    chips,
    order: all.map((i) => i.code),
    unanswered: new Set(all.filter((i) => !i.answered).map((i) => i.code)),
  };
}

/**
 * The first unanswered indicator at `start` or after it in form order, wrapping to the first
 * unanswered one; null when everything is answered.
 */
export function nextUnansweredFrom(
  order: readonly string[],
  unanswered: ReadonlySet<string>,
  start: number,
): string | null {
  const from = Math.max(0, Math.min(start, order.length));
  return order.slice(from).find((code) => unanswered.has(code)) ?? order.find((code) => unanswered.has(code)) ?? null;
}

/** Index of the first card whose top is below `threshold` (card tops in form order); length when none. */
export function firstIndexBelow(tops: readonly number[], threshold: number): number {
  const index = tops.findIndex((top) => top > threshold);
  return index === -1 ? tops.length : index;
}

/**
 * Where "next unanswered" starts looking: the first card below the navigator, or — when the card
 * that last had focus is on screen at or below that point (e.g. a card near the end that cannot
 * scroll to the top) — the card after it, so pressing again always moves on.
 */
export function startIndexOf(tops: readonly number[], threshold: number, focusedIndex: number | null): number {
  const below = firstIndexBelow(tops, threshold);
  return focusedIndex != null && focusedIndex >= below ? focusedIndex + 1 : below;
}
