import { useFragment } from '@apollo/client/react';
import type { EvidenceFileFieldsFragment } from '../../gql/graphql';
import { SubmissionEvidenceFragment } from './evidence.documents';

const NONE: readonly EvidenceFileFieldsFragment[] = [];

/**
 * A submission's files, live from the cache (the page's own query loaded them with
 * SubmissionEvidence); none while there is no submission. Never fetches.
 */
export function useSubmissionEvidence(submissionId: string | null): readonly EvidenceFileFieldsFragment[] {
  const result = useFragment({
    fragment: SubmissionEvidenceFragment,
    fragmentName: 'SubmissionEvidence',
    from: submissionId ? { __typename: 'Submission', id: submissionId } : null,
  });
  return result.complete ? result.data.evidence : NONE;
}
