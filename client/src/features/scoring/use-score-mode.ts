import { useState } from 'react';
import { type ScoreMode, defaultScoreMode } from './score-model';

/**
 * The score mode in force: what the user picked, else the default for the data shown (verified
 * once anything is verified). Follows the data until the user chooses.
 */
export function useScoreMode(rows: ReadonlyArray<{ verifiedCount: number }>): [ScoreMode, (mode: ScoreMode) => void] {
  const [chosen, setChosen] = useState<ScoreMode | null>(null);
  return [chosen ?? defaultScoreMode(rows), setChosen];
}
