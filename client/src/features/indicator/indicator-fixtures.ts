import type { EditableIndicatorFieldsFragment, MeasureType } from '../../gql/graphql';

/** A YES_NO (or other) indicator as the editor's fragment returns it; for tests. */
export function indicatorFixture({
  code,
  measureType = 'YES_NO',
  maxPoints,
}: {
  code: string;
  measureType?: MeasureType;
  maxPoints: number;
}): EditableIndicatorFieldsFragment {
  return {
    __typename: 'Indicator',
    id: `id-${code}`,
    code,
    number: 8,
    clusterCode: code.split('-')[0],
    name: `Indikator ${code}`,
    shortName: `Singkat ${code}`,
    nameEn: `Indicator ${code}`,
    measureType,
    direction: 'HIGHER_IS_BETTER',
    guidance: '',
    numeratorLabel: null,
    denominatorLabel: null,
    unit: null,
    shortNameEn: null,
    guidanceEn: null,
    numeratorLabelEn: null,
    denominatorLabelEn: null,
    unitEn: null,
    maxPoints,
    options: [],
    plausibility: null,
    scoring: {
      __typename: 'ScoringRule',
      type: 'YES_NO',
      bands: [],
      noCasesPoints: null,
      yesPoints: maxPoints,
      noPoints: 0,
    },
    evidenceRequirements: [
      {
        __typename: 'EvidenceRequirement',
        id: `r-${code}`,
        code: 'SK',
        label: 'SK',
        labelEn: 'Decree',
        required: true,
      },
    ],
  };
}
