import { graphql } from '../../gql';

/** Every submission of the year in any state, for the readiness matrix (kecamatan × cluster). */
export const ReadinessQueueDocument = graphql(`
  query ReadinessQueue($year: Int!) {
    submissionQueue(filter: { year: $year, statuses: [DRAFT, SUBMITTED, RETURNED, VERIFIED] }) {
      id
      kecamatanCode
      indicatorCode
      status
    }
  }
`);

/** An indicator's code, cluster and names in both languages (the gap list, the state table). */
export const InsightIndicatorNameFieldsFragment = graphql(`
  fragment InsightIndicatorNameFields on Indicator {
    id
    code
    clusterCode
    name
    shortName
    shortNameEn
    nameEn
  }
`);

/** The year's clusters with their indicators (counts for the matrix, names for the gap list). */
export const InsightClustersDocument = graphql(`
  query InsightClusters($year: Int!) {
    clusters(year: $year) {
      ...ClusterHeadFields
      indicators {
        ...InsightIndicatorNameFields
        ...AnswerContextFields
        number
        maxPoints
      }
    }
  }
`);

export const CityRollupDocument = graphql(`
  query CityRollup($year: Int!, $basis: ScoreBasis!) {
    cityRollup(year: $year, basis: $basis) {
      year
      basis
      kecamatanCount
      layakAnakCount
      layakAnakShare
      minimumCategory
      averageTotal
      categoryCounts {
        category
        count
      }
    }
  }
`);

export const KecamatanGapDocument = graphql(`
  query KecamatanGap($year: Int!, $kecamatanCode: String!, $basis: ScoreBasis!) {
    kecamatanGap(year: $year, kecamatanCode: $kecamatanCode, basis: $basis) {
      basis
      total
      category
      nextCategory
      threshold
      inclusive
      pointsNeeded
      reachable
      indicators {
        pointsAvailable
        missing
        indicator {
          ...InsightIndicatorNameFields
        }
      }
    }
  }
`);

/** One kecamatan's answers with their state and how many evidence files each has. */
export const KecamatanIndicatorStatesDocument = graphql(`
  query KecamatanIndicatorStates($year: Int!, $kecamatanCode: String!) {
    submissions(year: $year, kecamatanCode: $kecamatanCode) {
      id
      indicatorCode
      status
      points
      verifiedPoints
      answer {
        ...AnswerFields
      }
      evidence {
        id
      }
    }
  }
`);

export const KecamatanTrendDocument = graphql(`
  query KecamatanTrend($kecamatanCode: String!, $basis: ScoreBasis!) {
    kecamatanTrend(kecamatanCode: $kecamatanCode, basis: $basis) {
      basis
      kecamatan {
        code
        name
      }
      points {
        year
        total
        category
        demo
        inProgress
      }
    }
  }
`);

export const CityTrendDocument = graphql(`
  query CityTrend($basis: ScoreBasis!) {
    cityTrend(basis: $basis) {
      basis
      points {
        year
        total
        category
        demo
        inProgress
        kecamatanCount
      }
    }
  }
`);

export const ScoresChangedDocument = graphql(`
  subscription ScoresChanged($year: Int!) {
    scoresChanged(year: $year) {
      year
      kecamatanCode
      reason
      at
    }
  }
`);
