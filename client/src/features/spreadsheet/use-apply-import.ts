import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import { ApplySpreadsheetImportDocument } from './spreadsheet.documents';

/** Root fields whose cached answers or scores an import makes stale. */
const STALE_FIELDS = [
  'submissions',
  'submissionsConnection',
  'kecamatanScore',
  'scoreboard',
  'cityRollup',
  'kecamatanTrend',
  'cityTrend',
  'submissionQueue',
];

/**
 * Imports a checked batch: `applied` (the stale cached answers and scores are dropped and the
 * open pages fetched again before it resolves), `rejected` with the problems found at import
 * time, an `invalid` refusal (the batch expired), `notAllowed` or a failure.
 */
export function useApplyImport() {
  const client = useApolloClient();
  const [apply] = useOutcomeMutation(
    ApplySpreadsheetImportDocument,
    (d) => d.applySpreadsheetImport,
    (result) =>
      result.__typename === 'SpreadsheetImportApplied'
        ? { kind: 'applied' as const, answerCount: result.answerCount, kecamatanCount: result.kecamatanCodes.length }
        : { kind: 'rejected' as const, problems: result.problems },
  );
  return useCallback(
    async (batchId: string) => {
      const outcome = await apply({ batchId });
      if (outcome.kind === 'applied') {
        for (const fieldName of STALE_FIELDS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        client.cache.gc();
        await client.refetchQueries({ include: 'active' }).catch(() => undefined);
      }
      return outcome;
    },
    [apply, client],
  );
}
