import { graphql } from '../../gql';

/** The evaluators' queue for a year, filtered by kecamatan, cluster and states. */
export const ReviewQueueDocument = graphql(`
  query ReviewQueue($filter: SubmissionQueueFilter!) {
    submissionQueue(filter: $filter) {
      ...SubmissionFields
      ...SubmissionEvidence
    }
  }
`);

/** What the queue's rows and filters name: the year's indicators by cluster, and the kecamatan. */
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
  }
`);
