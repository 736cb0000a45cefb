import { graphql } from '../../gql';

export const PeriodsDocument = graphql(`
  query Periods {
    periods {
      id
      year
      status
      deadline
      statusReason
    }
  }
`);
