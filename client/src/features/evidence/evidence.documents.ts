import { graphql } from '../../gql';

/** One attached file as the operator's list and the evaluator's panel show it. */
export const EvidenceFileFieldsFragment = graphql(`
  fragment EvidenceFileFields on EvidenceFile {
    id
    requirementCode
    originalName
    mimeType
    sizeBytes
    uploadedAt
    uploadedBy {
      username
      displayName
    }
    url
    verdict
    verdictReason
  }
`);

/**
 * A submission's files. Deliberately NOT part of SubmissionFields: the server's query-cost limit
 * (GraphQL Armor, 2000, nested fragments cost ×1.5 per level) refuses SaveSubmission with it
 * (2757). The queries that list submissions (OperatorForm, SubmissionList, ReviewQueue) spread it
 * next to SubmissionFields; mutations returning a submission without it leave the cached files as
 * they are. The evidence slots read it from the cache by submission id (useSubmissionEvidence).
 */
export const SubmissionEvidenceFragment = graphql(`
  fragment SubmissionEvidence on Submission {
    id
    evidence {
      ...EvidenceFileFields
    }
  }
`);

/** Evaluator: judge one file (ACCEPTED / INSUFFICIENT with a reason / PENDING to take it back). */
export const SetEvidenceVerdictDocument = graphql(`
  mutation SetEvidenceVerdict($input: SetEvidenceVerdictInput!) {
    setEvidenceVerdict(input: $input) {
      __typename
      ... on EvidenceFile {
        ...EvidenceFileFields
      }
      ...ValidationErrorFields
      ...NotAllowedErrorFields
    }
  }
`);

/** Operator: remove one file while the submission is DRAFT or RETURNED and the period open. */
export const RemoveEvidenceDocument = graphql(`
  mutation RemoveEvidence($evidenceId: ID!) {
    removeEvidence(evidenceId: $evidenceId) {
      __typename
      ... on EvidenceRemoved {
        evidenceId
        submission {
          ...SubmissionFields
          ...SubmissionEvidence
        }
      }
      ...ValidationErrorFields
      ...NotAllowedErrorFields
      ...PeriodClosedErrorFields
    }
  }
`);
