import { localized, type ContentLanguage } from './localized.js';

/** The points and counts of a cluster's score. */
export interface ClusterScoreFigures {
  /** Self-assessed: from the saved answers. */
  score: number;
  /** From the verified answers only (unverified indicators count 0). */
  verifiedScore: number;
  maxPoints: number;
  /** Indicators with a complete answer. */
  answered: number;
  /** Indicators that are VERIFIED. */
  verified: number;
  indicatorCount: number;
}

/** A cluster's score as the API gives it: the cluster and the figures. */
export interface ClusterScoreSource extends ClusterScoreFigures {
  cluster: { code: string; name: string; nameEn?: string | null };
}

/** One cluster's score as a person reads it (the score charts and tables, the Excel summary sheet). */
export interface ClusterScoreView extends ClusterScoreFigures {
  code: string;
  /** The cluster's name in the language shown. */
  name: string;
}

/** A cluster's score with its name in the language (an untranslated name in Bahasa). */
export function clusterScoreView(source: ClusterScoreSource, language: ContentLanguage | string): ClusterScoreView {
  return {
    code: source.cluster.code,
    name: localized(source.cluster.name, source.cluster.nameEn, language),
    score: source.score,
    verifiedScore: source.verifiedScore,
    maxPoints: source.maxPoints,
    answered: source.answered,
    verified: source.verified,
    indicatorCount: source.indicatorCount,
  };
}
