import { graphql } from '../../gql';

export const KecamatanScoreFieldsFragment = graphql(`
  fragment KecamatanScoreFields on KecamatanScore {
    year
    total
    maxTotal
    category
    verifiedTotal
    verifiedCategory
    verifiedCount
    kecamatan {
      code
      name
    }
    clusters {
      score
      verifiedScore
      verified
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
