import { graphql } from '../../gql';

/** One figure (decisions or resubmissions): how many, how fast, how many wait. */
export const TurnaroundFigureFieldsFragment = graphql(`
  fragment TurnaroundFigureFields on TurnaroundFigure {
    count
    medianWorkDays
    p90WorkDays
    withinOneWorkDayShare
    waiting
    oldestWaitingWorkDays
  }
`);

export const TurnaroundGroupFieldsFragment = graphql(`
  fragment TurnaroundGroupFields on TurnaroundGroup {
    code
    name
    decision {
      ...TurnaroundFigureFields
    }
    resubmission {
      ...TurnaroundFigureFields
    }
  }
`);

/** A year's turnaround, overall and per kecamatan (the dashboard, the kecamatan page). */
export const TurnaroundDocument = graphql(`
  query Turnaround($year: Int!, $kecamatanCode: String) {
    turnaround(year: $year, kecamatanCode: $kecamatanCode) {
      year
      overall {
        ...TurnaroundGroupFields
      }
      byKecamatan {
        ...TurnaroundGroupFields
      }
    }
  }
`);

export const HolidayFieldsFragment = graphql(`
  fragment HolidayFields on Holiday {
    date
    name
    kind
    source
  }
`);

export const HolidaysDocument = graphql(`
  query Holidays($year: Int) {
    holidays(year: $year) {
      ...HolidayFields
    }
  }
`);

export const SetHolidayDocument = graphql(`
  mutation SetHoliday($input: HolidayInput!) {
    setHoliday(input: $input) {
      __typename
      ... on Holiday {
        ...HolidayFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const DeleteHolidayDocument = graphql(`
  mutation DeleteHoliday($date: String!) {
    deleteHoliday(date: $date) {
      __typename
      ... on HolidayDeleted {
        date
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);
