import { graphql } from '../../gql';

export const SubmissionCommentFieldsFragment = graphql(`
  fragment SubmissionCommentFields on SubmissionComment {
    id
    submissionId
    body
    authorRole
    createdAt
    resolvedAt
    author {
      username
      displayName
    }
    resolvedBy {
      username
      displayName
    }
  }
`);

/** Every comment on the kecamatan's answers of a year: one request for all the cards of the form. */
export const KecamatanCommentsDocument = graphql(`
  query KecamatanComments($year: Int!, $kecamatanCode: String!) {
    kecamatanComments(year: $year, kecamatanCode: $kecamatanCode) {
      ...SubmissionCommentFields
    }
  }
`);

/** The comments of the answer open in the review panel. */
export const SubmissionCommentsDocument = graphql(`
  query SubmissionComments($submissionId: ID!) {
    submissionComments(submissionId: $submissionId) {
      ...SubmissionCommentFields
    }
  }
`);

/** What posting or resolving a comment answers: the comment, or why it was refused. */
export const SubmissionCommentResultFieldsFragment = graphql(`
  fragment SubmissionCommentResultFields on SubmissionCommentResult {
    __typename
    ... on SubmissionComment {
      ...SubmissionCommentFields
    }
    ...ValidationErrorFields
    ...NotAllowedErrorFields
  }
`);

export const PostSubmissionCommentDocument = graphql(`
  mutation PostSubmissionComment($input: PostSubmissionCommentInput!) {
    postSubmissionComment(input: $input) {
      ...SubmissionCommentResultFields
    }
  }
`);

export const ResolveSubmissionCommentDocument = graphql(`
  mutation ResolveSubmissionComment($commentId: ID!) {
    resolveSubmissionComment(commentId: $commentId) {
      ...SubmissionCommentResultFields
    }
  }
`);
