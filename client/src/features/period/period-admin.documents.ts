import { graphql } from '../../gql';

export const AdminPeriodFieldsFragment = graphql(`
  fragment AdminPeriodFields on Period {
    id
    year
    status
    deadline
    statusReason
    demo
    indicatorSet {
      id
      code
      name
    }
  }
`);

export const AdminPeriodsDocument = graphql(`
  query AdminPeriods {
    periods {
      ...AdminPeriodFields
    }
  }
`);

export const OpenPeriodDocument = graphql(`
  mutation OpenPeriod($year: Int!, $indicatorSetCode: String!, $deadline: DateTimeISO!) {
    openPeriod(year: $year, indicatorSetCode: $indicatorSetCode, deadline: $deadline) {
      __typename
      ... on Period {
        ...AdminPeriodFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const SetPeriodDeadlineDocument = graphql(`
  mutation SetPeriodDeadline($year: Int!, $deadline: DateTimeISO) {
    setPeriodDeadline(year: $year, deadline: $deadline) {
      __typename
      ... on Period {
        ...AdminPeriodFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const ClosePeriodDocument = graphql(`
  mutation ClosePeriod($year: Int!, $reason: String) {
    closePeriod(year: $year, reason: $reason) {
      __typename
      ... on Period {
        ...AdminPeriodFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const ReopenPeriodDocument = graphql(`
  mutation ReopenPeriod($year: Int!, $reason: String!) {
    reopenPeriod(year: $year, reason: $reason) {
      __typename
      ... on Period {
        ...AdminPeriodFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);
