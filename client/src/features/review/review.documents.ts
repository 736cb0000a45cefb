import { graphql } from '../../gql';

/** Every member of ReviewSubmissionResult, as the review hook maps them. */
export const ReviewResultFieldsFragment = graphql(`
  fragment ReviewResultFields on ReviewSubmissionResult {
    __typename
    ... on Submission {
      ...SubmissionFields
    }
    ...ValidationErrorFields
    ... on InvalidTransitionError {
      ...InvalidTransitionErrorFields
      indicatorCode
    }
    ...StaleSubmissionFields
    ...NotAllowedErrorFields
  }
`);

export const VerifySubmissionDocument = graphql(`
  mutation VerifySubmission($input: VerifySubmissionInput!) {
    verifySubmission(input: $input) {
      ...ReviewResultFields
    }
  }
`);

export const ReturnSubmissionDocument = graphql(`
  mutation ReturnSubmission($input: ReviewSubmissionInput!) {
    returnSubmission(input: $input) {
      ...ReviewResultFields
    }
  }
`);

export const ReopenSubmissionDocument = graphql(`
  mutation ReopenSubmission($input: ReviewSubmissionInput!) {
    reopenSubmission(input: $input) {
      ...ReviewResultFields
    }
  }
`);

export const VerifySubmissionsDocument = graphql(`
  mutation VerifySubmissions($input: VerifySubmissionsInput!) {
    verifySubmissions(input: $input) {
      __typename
      ... on VerifySubmissionsSuccess {
        verified {
          ...SubmissionFields
        }
      }
      ...ValidationErrorFields
      ... on InvalidTransitionError {
        ...InvalidTransitionErrorFields
        indicatorCode
      }
      ...NotAllowedErrorFields
    }
  }
`);

export const SubmissionHistoryDocument = graphql(`
  query SubmissionHistory($submissionId: ID!) {
    submissionHistory(submissionId: $submissionId) {
      id
      at
      username
      role
      action
      before
      after
    }
  }
`);
