import { graphql } from '../../gql';

export const ScoreboardDocument = graphql(`
  query Scoreboard($year: Int!) {
    scoreboard(year: $year) {
      ...KecamatanScoreFields
    }
  }
`);

export const KecamatanScoreDocument = graphql(`
  query KecamatanScore($year: Int!, $kecamatanCode: String!) {
    kecamatanScore(year: $year, kecamatanCode: $kecamatanCode) {
      ...KecamatanScoreFields
    }
  }
`);

export const KecamatanListDocument = graphql(`
  query KecamatanList {
    kecamatans {
      code
      name
    }
  }
`);
