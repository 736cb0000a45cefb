import { graphql } from '../../gql';

export const KecamatanScoreFieldsFragment = graphql(`
  fragment KecamatanScoreFields on KecamatanScore {
    year
    total
    maxTotal
    category
    kecamatan {
      code
      name
    }
    clusters {
      score
      maxPoints
      answered
      indicatorCount
      cluster {
        code
        name
        nameEn
      }
    }
  }
`);
