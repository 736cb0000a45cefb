/** Tests seed as if "now" were this date, so the open year does not depend on the machine clock. */
export const TEST_NOW = new Date('2026-03-01T00:00:00Z');
export const YEAR = 2026;
export const JATIASIH = '32.75.09';
export const BEKASI_BARAT = '32.75.02';

/** An instant given as WIB (UTC+7) wall-clock time, e.g. wib('2026-03-13T16:00:00'). */
export const wib = (local: string) => new Date(`${local}+07:00`);

export const SAVE_MUTATION = `
  mutation Save($input: SaveSubmissionInput!) {
    saveSubmission(input: $input) {
      __typename
      ... on Submission { id version points note answer { numerator denominator percentage count yes option } updatedBy { username } }
      ... on ErrorResult { code message }
      ... on ValidationError { fieldErrors { field code message } }
      ... on StaleVersionError { current { version note answer { numerator denominator count yes option } updatedBy { username } } }
      ... on PeriodClosedError { year }
      ... on InvalidTransitionError { indicatorCode currentStatus }
    }
  }`;

export const SUBMISSIONS_QUERY = `
  query Subs($year: Int!, $k: String!) {
    submissions(year: $year, kecamatanCode: $k) { indicatorCode version points note answer { numerator denominator percentage count yes option } }
  }`;

export const SCORE_QUERY = `
  query Score($year: Int!, $k: String!) {
    kecamatanScore(year: $year, kecamatanCode: $k) { total maxTotal category clusters { cluster { code } score maxPoints answered indicatorCount } }
  }`;

export const SCOREBOARD_QUERY = `
  query Board($year: Int!) {
    scoreboard(year: $year) { kecamatan { code name kelurahan { code } } total category clusters { cluster { code } score maxPoints } }
  }`;

export function saveInput(
  indicatorCode: string,
  answer: Record<string, unknown> | null,
  expectedVersion: number,
  extra: Record<string, unknown> = {},
) {
  return { input: { year: YEAR, kecamatanCode: JATIASIH, indicatorCode, answer, expectedVersion, ...extra } };
}
