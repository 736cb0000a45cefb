import type {
  EvidenceFileFieldsFragment,
  IndicatorFieldsFragment,
  SubmissionEvidenceFragment,
  SubmissionFieldsFragment,
} from '../gql/graphql';

export const YEAR = 2026;
export const KECAMATAN = '32.75.09';

/** The Jatiasih operator as `me` returns it (SessionUserFields). */
export const operatorUser = {
  __typename: 'User' as const,
  id: 'u-9',
  username: 'op-3275-09',
  displayName: 'Operator Jatiasih',
  role: 'OPERATOR' as const,
  kecamatan: { __typename: 'Kecamatan' as const, code: KECAMATAN, name: 'Jatiasih' },
  mustChangePassword: false,
};

const base = {
  __typename: 'Indicator' as const,
  direction: 'HIGHER_IS_BETTER' as const,
  numeratorLabel: null,
  denominatorLabel: null,
  unit: null,
  shortNameEn: null,
  guidanceEn: null,
  numeratorLabelEn: null,
  denominatorLabelEn: null,
  unitEn: null,
  options: [],
  scoring: { __typename: 'ScoringRule' as const, noCasesPoints: null },
  plausibility: null,
  evidenceRequirements: [],
};

export const percentageIndicator: IndicatorFieldsFragment = {
  ...base,
  id: 'ind-4',
  code: 'K1-04',
  number: 4,
  clusterCode: 'K1',
  name: 'Persentase anak yang memiliki kutipan akta kelahiran',
  shortName: 'Akta Kelahiran',
  shortNameEn: 'Birth certificates',
  nameEn: 'Children with a birth certificate',
  measureType: 'PERCENTAGE',
  guidance: 'Definisi operasional: anak 0–17 tahun yang memiliki kutipan akta kelahiran.',
  guidanceEn: 'Operational definition: children aged 0–17 with a birth certificate.',
  numeratorLabel: 'Anak 0–17 tahun yang memiliki kutipan akta kelahiran',
  numeratorLabelEn: 'Children aged 0–17 with a birth certificate',
  denominatorLabel: 'Jumlah anak 0–17 tahun',
  denominatorLabelEn: 'Number of children aged 0–17',
  maxPoints: 50,
  evidenceRequirements: [
    {
      __typename: 'EvidenceRequirement',
      id: 'req-akta',
      code: 'REKAP_AKTA',
      label: 'Rekap kepemilikan akta kelahiran dari Disdukcapil',
      labelEn: 'Birth certificate summary from the civil registry',
      required: true,
    },
  ],
};

/** A "served / reported" indicator that scores 0 / 0 as no cases. */
export const servedIndicator: IndicatorFieldsFragment = {
  ...percentageIndicator,
  id: 'ind-21',
  code: 'K5-21',
  number: 21,
  clusterCode: 'K5',
  shortName: 'Korban Kekerasan',
  shortNameEn: null,
  guidanceEn: null,
  numeratorLabel: 'Anak korban yang terlayani',
  numeratorLabelEn: null,
  denominatorLabel: 'Anak korban yang dilaporkan',
  denominatorLabelEn: null,
  maxPoints: 40,
  scoring: { __typename: 'ScoringRule', noCasesPoints: 40 },
};

export const countIndicator: IndicatorFieldsFragment = {
  ...base,
  id: 'ind-3',
  code: 'KEL-03',
  number: 3,
  clusterCode: 'KEL',
  name: 'Keterlibatan masyarakat, dunia usaha dan media',
  shortName: 'Keterlibatan Masyarakat',
  nameEn: 'Involvement of community, business and media',
  measureType: 'COUNT',
  guidance: 'Hitung lembaga yang terlibat.',
  unit: 'lembaga',
  maxPoints: 40,
};

export const yesNoIndicator: IndicatorFieldsFragment = {
  ...base,
  id: 'ind-8',
  code: 'K2-08',
  number: 8,
  clusterCode: 'K2',
  name: 'Tersedia lembaga konsultasi bagi orang tua/keluarga',
  shortName: 'Lembaga Konsultasi',
  nameEn: 'Counselling service for parents/families',
  measureType: 'YES_NO',
  guidance: 'Ada Puspaga atau layanan sejenis.',
  maxPoints: 40,
};

export const optionsIndicator: IndicatorFieldsFragment = {
  ...base,
  id: 'ind-1',
  code: 'KEL-01',
  number: 1,
  clusterCode: 'KEL',
  name: 'Tersedia Peraturan/Kebijakan Daerah tentang KLA',
  shortName: 'Perda KLA',
  nameEn: 'Local regulation/policy on Child-Friendly City',
  measureType: 'OPTIONS',
  guidance: 'Pilih satu kondisi yang paling sesuai.',
  maxPoints: 60,
  options: [
    {
      __typename: 'IndicatorOption',
      value: 'ADA_DILAKSANAKAN_ANGGARAN',
      label: 'Ada kebijakan, dilaksanakan, dan didukung anggaran',
      labelEn: 'Policy in place, implemented and funded',
      points: 60,
    },
    {
      __typename: 'IndicatorOption',
      value: 'DALAM_PROSES',
      label: 'Kebijakan sedang dalam proses penyusunan',
      labelEn: 'Policy being drafted',
      points: 20,
    },
    { __typename: 'IndicatorOption', value: 'BELUM_ADA', label: 'Belum ada kebijakan', labelEn: null, points: 0 },
  ],
};

/** A stored submission as the API lists it (with its evidence files; mutations ignore them). */
export type StoredSubmission = SubmissionFieldsFragment & SubmissionEvidenceFragment;

export function submission(
  overrides: Partial<StoredSubmission> & Pick<SubmissionFieldsFragment, 'indicatorCode'>,
): StoredSubmission {
  return {
    __typename: 'Submission',
    id: `sub-${overrides.indicatorCode}`,
    year: YEAR,
    kecamatanCode: KECAMATAN,
    answer: null,
    note: null,
    plausibilityNote: null,
    version: 1,
    points: 0,
    updatedAt: '2026-03-02T03:04:05.000Z',
    updatedBy: { __typename: 'UserSummary', username: 'op-3275-09', displayName: 'Operator Jatiasih' },
    status: 'DRAFT',
    statusReason: null,
    statusChangedAt: null,
    verifiedAnswer: null,
    verifiedPoints: null,
    verificationNote: null,
    verifiedAt: null,
    returnedVersion: null,
    carriedForward: null,
    evidence: [],
    ...overrides,
  };
}

export function percentageAnswer(
  numerator: number,
  denominator: number,
): NonNullable<SubmissionFieldsFragment['answer']> {
  return {
    __typename: 'Answer',
    numerator,
    denominator,
    percentage: Math.round((numerator / denominator) * 10000) / 100,
    count: null,
    yes: null,
    option: null,
  };
}

/** An attached evidence file as the API returns it (EvidenceFileFields). */
export function evidenceFile(
  overrides: Partial<EvidenceFileFieldsFragment> & { id: string; requirementCode: string },
): EvidenceFileFieldsFragment {
  return {
    __typename: 'EvidenceFile',
    originalName: `${overrides.id}.pdf`,
    mimeType: 'application/pdf',
    sizeBytes: 245_760,
    uploadedAt: '2026-03-02T03:04:05.000Z',
    uploadedBy: { __typename: 'UserSummary', username: 'op-3275-09', displayName: 'Operator Jatiasih' },
    url: `/evidence/${overrides.id}`,
    verdict: 'PENDING',
    verdictReason: null,
    ...overrides,
  };
}
