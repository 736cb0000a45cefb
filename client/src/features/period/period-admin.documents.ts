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

/** What every period mutation answers (they all return PeriodResult). */
export const PeriodResultFieldsFragment = graphql(`
  fragment PeriodResultFields on PeriodResult {
    __typename
    ... on Period {
      ...AdminPeriodFields
    }
    ... on ValidationError {
      ...ValidationErrorFields
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
      ...PeriodResultFields
    }
  }
`);

export const SetPeriodDeadlineDocument = graphql(`
  mutation SetPeriodDeadline($year: Int!, $deadline: DateTimeISO) {
    setPeriodDeadline(year: $year, deadline: $deadline) {
      ...PeriodResultFields
    }
  }
`);

export const ClosePeriodDocument = graphql(`
  mutation ClosePeriod($year: Int!, $reason: String) {
    closePeriod(year: $year, reason: $reason) {
      ...PeriodResultFields
    }
  }
`);

export const ReopenPeriodDocument = graphql(`
  mutation ReopenPeriod($year: Int!, $reason: String!) {
    reopenPeriod(year: $year, reason: $reason) {
      ...PeriodResultFields
    }
  }
`);
