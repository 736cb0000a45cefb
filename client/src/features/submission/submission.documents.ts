import { graphql } from '../../gql';

/** Everything a card needs about a stored answer; the save mutation returns the same shape. */
export const SubmissionFieldsFragment = graphql(`
  fragment SubmissionFields on Submission {
    id
    year
    kecamatanCode
    indicatorCode
    answer {
      numerator
      denominator
      percentage
      count
      yes
      option
    }
    note
    version
    points
    updatedAt
    updatedBy {
      username
      displayName
    }
  }
`);

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    code
    number
    clusterCode
    name
    shortName
    nameEn
    measureType
    direction
    guidance
    numeratorLabel
    denominatorLabel
    unit
    maxPoints
    options {
      value
      label
      labelEn
      points
    }
    scoring {
      noCasesPoints
    }
  }
`);

/** The submissions of one kecamatan and year; the saver keeps this list current in the cache. */
export const SubmissionListDocument = graphql(`
  query SubmissionList($year: Int!, $kecamatanCode: String!) {
    submissions(year: $year, kecamatanCode: $kecamatanCode) {
      ...SubmissionFields
    }
  }
`);

export const SaveSubmissionDocument = graphql(`
  mutation SaveSubmission($input: SaveSubmissionInput!) {
    saveSubmission(input: $input) {
      __typename
      ... on Submission {
        ...SubmissionFields
      }
      ... on ValidationError {
        code
        message
        fieldErrors {
          field
          code
          message
        }
      }
      ... on PeriodClosedError {
        code
        message
        year
      }
      ... on StaleVersionError {
        code
        message
        current {
          ...SubmissionFields
        }
      }
      ... on InvalidTransitionError {
        code
        message
        currentStatus
      }
      ... on NotAllowedError {
        code
        message
      }
    }
  }
`);
