import fs from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { ApiClient } from '../pages/api-client.js';
import { LoginPage } from '../pages/login-page.js';

const KECAMATAN = { code: '32.75.08', name: 'Pondokgede', operator: 'op-3275-08' };
const INDICATOR = 'K3-17'; // yes/no; one required checklist item and two optional ones

test("an operator downloads the kecamatan's dossier: a ZIP of the cover, the accepted files and the checksums", async ({
  page,
  playwright,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it changes shared data');
  const { baseURL } = testInfo.project.use;

  // Through the API: the operator answers with three files and submits; the evaluator accepts
  // one, finds one insufficient and leaves one pending.
  const operator = await new ApiClient(await playwright.request.newContext({ baseURL })).signIn(KECAMATAN.operator);
  const year = (await operator.graphql(`{ periods { year status } }`)).periods.find(
    (p: { status: string }) => p.status === 'OPEN',
  ).year;
  await operator.graphql(`mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename } }`, {
    input: { year, kecamatanCode: KECAMATAN.code, indicatorCode: INDICATOR, answer: { yes: true }, expectedVersion: 0 },
  });
  const items = ['SK_SE_KAWASAN_TANPA_ROKOK', 'FOTO_TANDA_KTR', 'LAPORAN_PENGAWASAN_IPS_ROKOK'];
  for (const requirementCode of items)
    await operator.uploadPdf({ year, kecamatanCode: KECAMATAN.code, indicatorCode: INDICATOR, requirementCode });
  const submitted = await operator.graphql(
    `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) { __typename } }`,
    { input: { year, kecamatanCode: KECAMATAN.code, indicatorCodes: [INDICATOR] } },
  );
  expect(submitted.submitSubmissions.__typename).toBe('SubmitSuccess');
  const evidence: Array<{ id: string; requirementCode: string }> = (
    await operator.graphql(
      `query ($y: Int!, $k: String!) { submissions(year: $y, kecamatanCode: $k) { indicatorCode evidence { id requirementCode } } }`,
      { y: year, k: KECAMATAN.code },
    )
  ).submissions.find((s: { indicatorCode: string }) => s.indicatorCode === INDICATOR).evidence;
  const idOf = (code: string) => evidence.find((e) => e.requirementCode === code)!.id;
  const evaluator = await new ApiClient(await playwright.request.newContext({ baseURL })).signIn('evaluator');
  const VERDICT = `mutation ($input: SetEvidenceVerdictInput!) { setEvidenceVerdict(input: $input) { __typename } }`;
  await evaluator.graphql(VERDICT, { input: { evidenceId: idOf(items[0]), verdict: 'ACCEPTED' } });
  await evaluator.graphql(VERDICT, {
    input: { evidenceId: idOf(items[1]), verdict: 'INSUFFICIENT', reason: 'Foto tidak terbaca' },
  });

  // In the browser: the operator's form has the dossier button; the ZIP arrives whole.
  await new LoginPage(page).signIn(KECAMATAN.operator);
  await page.goto('/isian');
  const button = page.getByTestId('dossier-own');
  await expect(button).toHaveText(/Unduh dosir \(ZIP\)/);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`dosir-kla-${year}-32.75.08-Pondokgede.zip`);
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  const names = Object.keys(zip.files).sort();
  expect(names).toEqual(
    [
      'manifest.json',
      'SHA256SUMS',
      `dosir-kla-${year}-32.75.08-Pondokgede.xlsx`,
      `K3/${INDICATOR}/${items[0]}/Pondokgede-${items[0]}.pdf`,
    ].sort(),
  );
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  expect(manifest.evidenceCount).toBe(1);
  const pdf = await zip.file(`K3/${INDICATOR}/${items[0]}/Pondokgede-${items[0]}.pdf`)!.async('nodebuffer');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
