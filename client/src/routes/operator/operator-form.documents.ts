import { graphql } from '../../gql';

/** The operator's form: the year's clusters and indicators, and the kecamatan's saved answers. */
export const OperatorFormDocument = graphql(`
  query OperatorForm($year: Int!, $kecamatanCode: String!) {
    clusters(year: $year) {
      ...ClusterHeadFields
      indicators {
        ...IndicatorFields
      }
    }
    submissions(year: $year, kecamatanCode: $kecamatanCode) {
      ...SubmissionFields
      ...SubmissionEvidence
    }
    previousYearAnswers(year: $year, kecamatanCode: $kecamatanCode) {
      ...PreviousYearFields
    }
  }
`);
