import type { ScoreBasis } from '../../gql/graphql';
import type { ScoreMode } from '../scoring/score-model';

/** The API's basis for the score-mode switch. */
export function basisOf(mode: ScoreMode): ScoreBasis {
  return mode === 'verified' ? 'VERIFIED' : 'SELF_ASSESSED';
}
