import { expect, test } from '@playwright/test';
import { InstrumentPage } from '../pages/instrument-page.js';
import { LoginPage } from '../pages/login-page.js';

test('the admin copies KLA-24 for 2027, sees publishing blocked while the points add up to 990 or, with an added indicator, 1010, restores them and publishes', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'editing the instrument is an office task: desktop only');
  await new LoginPage(page).signIn('admin');
  const instrument = new InstrumentPage(page);
  await instrument.open();
  await expect(page.getByTestId('set-row-KLA-24')).toContainText('Terbit');

  await instrument.copySet('KLA-24', 'KLA-24-2027', 'KLA 24 indikator 2027');
  await expect(instrument.total()).toHaveText('Total nilai maks.: 1000 / 1000');
  await expect(instrument.publishButton()).toBeEnabled();

  // K2-08 is a Ya/Tidak indicator worth 40.
  await expect(instrument.editor('K2-08')).toBeVisible();
  await instrument.setYesNoPoints('K2-08', 30);
  await expect(instrument.total()).toHaveText('Total nilai maks.: 990 / 1000');
  await expect(instrument.publishButton()).toBeDisabled();
  await expect(page.getByTestId('publish-reason')).toContainText('sekarang 990');
  await expect(page.getByTestId('set-row-KLA-24-2027')).toContainText('990');

  await instrument.setYesNoPoints('K2-08', 40);
  await expect(instrument.total()).toHaveText('Total nilai maks.: 1000 / 1000');

  // A new indicator raises the total past 1000; deleting it brings it back.
  await instrument.addYesNoIndicator('K5-25', 'K5', 10);
  await expect(instrument.total()).toHaveText('Total nilai maks.: 1010 / 1000');
  await expect(instrument.publishButton()).toBeDisabled();
  await expect(page.getByTestId('set-row-KLA-24-2027')).toContainText('1010');
  await instrument.deleteIndicator('K5-25');
  await expect(instrument.total()).toHaveText('Total nilai maks.: 1000 / 1000');
  await instrument.publishButton().click();
  await expect(page.getByTestId('set-row-KLA-24-2027')).toContainText('Terbit');
  await expect(page.getByTestId('publish-reason')).toContainText('sudah terbit');
});
