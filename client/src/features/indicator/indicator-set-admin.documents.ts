import { graphql } from '../../gql';

export const IndicatorSetOverviewFieldsFragment = graphql(`
  fragment IndicatorSetOverviewFields on IndicatorSetOverview {
    code
    name
    status
    totalMaxPoints
    indicatorCount
    usedByPeriods
    editable
  }
`);

/** What the form shows (IndicatorFields) plus the whole scoring rule, for the editor. */
export const EditableIndicatorFieldsFragment = graphql(`
  fragment EditableIndicatorFields on Indicator {
    ...IndicatorFields
    scoring {
      type
      bands {
        min
        max
        points
      }
      noCasesPoints
      yesPoints
      noPoints
    }
  }
`);

export const IndicatorSetsDocument = graphql(`
  query IndicatorSets {
    indicatorSets {
      ...IndicatorSetOverviewFields
    }
  }
`);

export const IndicatorSetDetailDocument = graphql(`
  query IndicatorSetDetail($code: String!) {
    indicatorSetDetail(code: $code) {
      code
      name
      status
      totalMaxPoints
      usedByPeriods
      editable
      clusters {
        code
        name
        nameEn
        indicators {
          ...EditableIndicatorFields
        }
      }
    }
  }
`);

/** What the set mutations answer (IndicatorSetResult). */
export const IndicatorSetResultFieldsFragment = graphql(`
  fragment IndicatorSetResultFields on IndicatorSetResult {
    __typename
    ... on IndicatorSetOverview {
      ...IndicatorSetOverviewFields
    }
    ...ValidationErrorFields
  }
`);

/** What the indicator mutations answer (IndicatorResult). */
export const IndicatorResultFieldsFragment = graphql(`
  fragment IndicatorResultFields on IndicatorResult {
    __typename
    ... on Indicator {
      ...EditableIndicatorFields
    }
    ...ValidationErrorFields
  }
`);

export const CopyIndicatorSetDocument = graphql(`
  mutation CopyIndicatorSet($input: CopyIndicatorSetInput!) {
    copyIndicatorSet(input: $input) {
      ...IndicatorSetResultFields
    }
  }
`);

export const UpdateIndicatorDocument = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...IndicatorResultFields
    }
  }
`);

export const UpdateEvidenceRequirementsDocument = graphql(`
  mutation UpdateEvidenceRequirements($input: UpdateEvidenceRequirementsInput!) {
    updateEvidenceRequirements(input: $input) {
      ...IndicatorResultFields
    }
  }
`);

export const PublishIndicatorSetDocument = graphql(`
  mutation PublishIndicatorSet($code: String!) {
    publishIndicatorSet(code: $code) {
      ...IndicatorSetResultFields
    }
  }
`);

export const AddIndicatorDocument = graphql(`
  mutation AddIndicator($input: AddIndicatorInput!) {
    addIndicator(input: $input) {
      ...IndicatorResultFields
    }
  }
`);

export const DeleteIndicatorDocument = graphql(`
  mutation DeleteIndicator($setCode: String!, $indicatorCode: String!) {
    deleteIndicator(setCode: $setCode, indicatorCode: $indicatorCode) {
      ...IndicatorSetResultFields
    }
  }
`);

export const DeleteIndicatorSetDocument = graphql(`
  mutation DeleteIndicatorSet($code: String!) {
    deleteIndicatorSet(code: $code) {
      __typename
      ... on IndicatorSetDeleted {
        code
      }
      ...ValidationErrorFields
    }
  }
`);
