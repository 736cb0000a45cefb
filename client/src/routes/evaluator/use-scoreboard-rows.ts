import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type ScoreboardRow, toScoreboardRow } from '../../features/scoring/score-model';
import { ScoreboardDocument } from './evaluator.documents';

/** The year's scoreboard (fresh from the network, the cache shown meanwhile) as rows in the chosen language. */
export function useScoreboardRows(year: number | undefined) {
  const { i18n } = useTranslation();
  const { data, error, refetch } = useQuery(ScoreboardDocument, {
    variables: { year: year ?? 0 },
    skip: year == null,
    fetchPolicy: 'cache-and-network',
  });
  const rows: ScoreboardRow[] = useMemo(
    () => (data?.scoreboard ?? []).map((score) => toScoreboardRow(score, i18n.language)),
    [data?.scoreboard, i18n.language],
  );
  return { data, error, refetch, rows };
}
