import { graphql } from '../../gql';

/** The evaluators' queue for a year, filtered by kecamatan, cluster and states. */
export const ReviewQueueDocument = graphql(`
  query ReviewQueue($filter: SubmissionQueueFilter!) {
    submissionQueue(filter: $filter) {
      ...SubmissionFields
      ...SubmissionEvidence
      ...SubmissionReviewExtras
    }
  }
`);

/** What the queue's rows and filters name: the year's indicators by cluster, the kecamatan, and the days off (waiting in working days). */
export const ReviewContextDocument = graphql(`
  query ReviewContext($year: Int!) {
    clusters(year: $year) {
      ...ClusterHeadFields
      indicators {
        ...IndicatorFields
      }
    }
    kecamatans {
      code
      name
    }
    holidays {
      date
    }
  }
`);
