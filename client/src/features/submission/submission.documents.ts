import { graphql } from '../../gql';

export const AnswerFieldsFragment = graphql(`
  fragment AnswerFields on Answer {
    numerator
    denominator
    percentage
    count
    yes
    option
  }
`);

/**
 * Everything a card or the review panel needs about a stored answer, its verification state and
 * what it was when last returned. Every mutation returning a Submission asks for this same shape,
 * so whatever the server sends back replaces the cached copy completely.
 */
export const SubmissionFieldsFragment = graphql(`
  fragment SubmissionFields on Submission {
    id
    year
    kecamatanCode
    indicatorCode
    answer {
      ...AnswerFields
    }
    note
    plausibilityNote
    version
    points
    updatedAt
    updatedBy {
      username
      displayName
    }
    status
    statusReason
    statusChangedAt
    verifiedAnswer {
      ...AnswerFields
    }
    verifiedPoints
    verificationNote
    verifiedAt
    returnedVersion {
      answer {
        ...AnswerFields
      }
      note
      evidenceFileIds
    }
    carriedForward {
      fromYear
      pending
      answer {
        ...AnswerFields
      }
    }
  }
`);

/** The kecamatan's answer of the previous real year, shown beside this year's (card, review). */
export const PreviousYearFieldsFragment = graphql(`
  fragment PreviousYearFields on PreviousYearAnswer {
    indicatorCode
    year
    state
    points
    answer {
      ...AnswerFields
    }
  }
`);

/** What the evaluator sees beyond the card's shape: last year, and the server's plausibility warnings. */
export const SubmissionReviewExtrasFragment = graphql(`
  fragment SubmissionReviewExtras on Submission {
    previousYear {
      ...PreviousYearFields
    }
    plausibility {
      code
      message
      messageEn
    }
  }
`);

/** A cluster's heading: code, names and its maximum points (its indicators are selected beside it). */
export const ClusterHeadFieldsFragment = graphql(`
  fragment ClusterHeadFields on Cluster {
    code
    name
    nameEn
    maxPoints
  }
`);

/** What describeAnswer (format-answer.ts) needs to put an answer of the indicator in words. */
export const AnswerContextFieldsFragment = graphql(`
  fragment AnswerContextFields on Indicator {
    measureType
    unit
    unitEn
    options {
      value
      label
      labelEn
    }
  }
`);

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    code
    number
    clusterCode
    name
    shortName
    shortNameEn
    nameEn
    ...AnswerContextFields
    direction
    guidance
    guidanceEn
    numeratorLabel
    numeratorLabelEn
    denominatorLabel
    denominatorLabelEn
    maxPoints
    options {
      points
    }
    scoring {
      noCasesPoints
    }
    plausibility {
      min
      max
      maxChangePercent
      maxDenominatorChangePercent
    }
    evidenceRequirements {
      id
      code
      label
      labelEn
      required
    }
  }
`);

/** A stale answer: the server's current submission comes back with the refusal. */
export const StaleSubmissionFieldsFragment = graphql(`
  fragment StaleSubmissionFields on StaleVersionError {
    code
    message
    current {
      ...SubmissionFields
    }
  }
`);

/** What carrying forward prefills (offer) or prefilled (the mutation), counted. */
export const CarryForwardCountsFieldsFragment = graphql(`
  fragment CarryForwardCountsFields on CarryForwardCounts {
    fromYear
    prefilled
    alreadyAnswered
    noVerifiedAnswer
    incompatible
    notInNewSet
  }
`);

/**
 * The submissions of one kecamatan and year, with their evidence files; the saver keeps this list
 * current in the cache, and an evidence upload reloads it.
 */
export const SubmissionListDocument = graphql(`
  query SubmissionList($year: Int!, $kecamatanCode: String!) {
    submissions(year: $year, kecamatanCode: $kecamatanCode) {
      ...SubmissionFields
      ...SubmissionEvidence
    }
  }
`);

export const SaveSubmissionDocument = graphql(`
  mutation SaveSubmission($input: SaveSubmissionInput!) {
    saveSubmission(input: $input) {
      __typename
      ... on Submission {
        ...SubmissionFields
      }
      ...ValidationErrorFields
      ...PeriodClosedErrorFields
      ...StaleSubmissionFields
      ...InvalidTransitionErrorFields
      ...NotAllowedErrorFields
    }
  }
`);

/** Operator: submit one indicator, a cluster, or (neither given) everything for verification. */
export const SubmitSubmissionsDocument = graphql(`
  mutation SubmitSubmissions($input: SubmitSubmissionsInput!) {
    submitSubmissions(input: $input) {
      __typename
      ... on SubmitSuccess {
        submitted {
          ...SubmissionFields
        }
      }
      ... on IncompleteSubmissionError {
        code
        message
        items {
          indicatorCode
          answerMissing
          unconfirmed
          missingEvidence
        }
      }
      ... on InvalidTransitionError {
        ...InvalidTransitionErrorFields
        indicatorCode
      }
      ...PeriodClosedErrorFields
      ...ValidationErrorFields
      ...NotAllowedErrorFields
    }
  }
`);

/** What carrying forward last year's verified answers would prefill now (the form's offer). */
export const CarryForwardOfferDocument = graphql(`
  query CarryForwardOffer($year: Int!, $kecamatanCode: String!) {
    carryForwardOffer(year: $year, kecamatanCode: $kecamatanCode) {
      ...CarryForwardCountsFields
    }
  }
`);

/** Operator: prefill unanswered indicators from last year's verified answers (never overwrites). */
export const CarryForwardSubmissionsDocument = graphql(`
  mutation CarryForwardSubmissions($input: CarryForwardSubmissionsInput!) {
    carryForwardSubmissions(input: $input) {
      __typename
      ... on CarryForwardSuccess {
        counts {
          ...CarryForwardCountsFields
        }
        prefilled {
          ...SubmissionFields
        }
      }
      ...PeriodClosedErrorFields
      ...ValidationErrorFields
      ...NotAllowedErrorFields
    }
  }
`);

/** Operator: confirm carried-forward answers as unchanged ("Tidak berubah"). */
export const ConfirmCarriedForwardDocument = graphql(`
  mutation ConfirmCarriedForward($input: ConfirmCarriedForwardInput!) {
    confirmCarriedForward(input: $input) {
      __typename
      ... on ConfirmCarriedForwardSuccess {
        confirmed {
          ...SubmissionFields
        }
      }
      ...StaleSubmissionFields
      ...InvalidTransitionErrorFields
      ...PeriodClosedErrorFields
      ...ValidationErrorFields
      ...NotAllowedErrorFields
    }
  }
`);
