import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { ApiClient } from '../pages/api-client.js';
import { LoginPage } from '../pages/login-page.js';

const KECAMATAN = { code: '32.75.06', name: 'Medansatria', operator: 'op-3275-06' };
const INDICATOR = 'K3-17'; // yes/no, 35 points

test('the dashboard follows a verification live, and the Excel export holds the kecamatan rows', async ({
  page,
  playwright,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it changes shared data');
  const { baseURL } = testInfo.project.use;

  // The evaluator opens the dashboard; Medansatria has no verified points yet.
  await new LoginPage(page).signIn('evaluator');
  await page.goto('/skor');
  await expect(page.getByTestId('scoreboard-table')).toBeVisible();
  await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'live');
  const verifiedTotal = page.getByTestId(`scoreboard-verified-total-${KECAMATAN.code}`);
  await expect(verifiedTotal).toHaveText('0');

  // Elsewhere: the operator answers with evidence and submits; another evaluator verifies.
  const operator = await new ApiClient(await playwright.request.newContext({ baseURL })).signIn(KECAMATAN.operator);
  const year = (await operator.graphql(`{ periods { year status } }`)).periods.find(
    (p: any) => p.status === 'OPEN',
  ).year;
  const clusters = (
    await operator.graphql(
      `query ($y: Int!) { clusters(year: $y) { indicators { code evidenceRequirements { code required } } } }`,
      { y: year },
    )
  ).clusters;
  const requirements = clusters
    .flatMap((c: any) => c.indicators)
    .find((i: any) => i.code === INDICATOR).evidenceRequirements;
  await operator.graphql(`mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename } }`, {
    input: { year, kecamatanCode: KECAMATAN.code, indicatorCode: INDICATOR, answer: { yes: true }, expectedVersion: 0 },
  });
  for (const requirement of requirements.filter((r: any) => r.required)) {
    await operator.uploadPdf({
      year,
      kecamatanCode: KECAMATAN.code,
      indicatorCode: INDICATOR,
      requirementCode: requirement.code,
    });
  }
  const submitted = await operator.graphql(
    `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) { __typename ... on SubmitSuccess { submitted { id version } } } }`,
    { input: { year, kecamatanCode: KECAMATAN.code, indicatorCodes: [INDICATOR] } },
  );
  expect(submitted.submitSubmissions.__typename).toBe('SubmitSuccess');
  const [submission] = submitted.submitSubmissions.submitted;
  const reviewer = await new ApiClient(await playwright.request.newContext({ baseURL })).signIn('evaluator');
  const verified = await reviewer.graphql(
    `mutation ($input: VerifySubmissionInput!) { verifySubmission(input: $input) { __typename } }`,
    { input: { submissionId: submission.id, expectedVersion: submission.version } },
  );
  expect(verified.verifySubmission.__typename).toBe('Submission');

  // The open dashboard changes without a reload.
  await expect(verifiedTotal).toHaveText('35', { timeout: 5_000 });

  // The Excel export downloads and holds the kecamatan rows with that score.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-scoreboard').click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const names = rows.map((row) => row.map(String));
  for (const name of ['Jatiasih', 'Bekasi Utara', KECAMATAN.name])
    expect(names.some((row) => row.includes(name))).toBe(true);
  const medansatria = names.find((row) => row.includes(KECAMATAN.name))!;
  expect(medansatria).toContain('35');
});
