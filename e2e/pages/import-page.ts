import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, type Page } from '@playwright/test';

/** Cells to fill in a template sheet, by indicator code and column letter (E Pembilang … J Catatan). */
export type TemplateEdits = Record<string, Partial<Record<'E' | 'F' | 'G' | 'H' | 'I' | 'J', string | number>>>;

/** "Impor dari Excel": download the template, fill it, upload it, read the dry run, import. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  /** Admin → Impor Excel. */
  async openAsAdmin() {
    await this.page.getByTestId('nav-import').click();
    await expect(this.page).toHaveURL(/\/admin\/impor$/);
    await expect(this.page.getByTestId('import-kecamatan')).toHaveValue('');
  }

  /** The visible sheets of a template and, per sheet, the cells of one indicator's row. */
  static async read(template: Buffer, code: string): Promise<Map<string, Record<string, unknown>>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const result = new Map<string, Record<string, unknown>>();
    for (const sheet of workbook.worksheets.filter((s) => s.state === 'visible')) {
      const cells: Record<string, unknown> = {};
      sheet.eachRow((r) => {
        if (r.getCell(1).value === code)
          for (const column of ['E', 'F', 'G', 'H', 'I', 'J']) cells[column] = r.getCell(column).value;
      });
      result.set(sheet.name, cells);
    }
    return result;
  }

  /** From the operator's form. */
  async openFromForm() {
    await this.page.getByTestId('open-import').click();
    await expect(this.page).toHaveURL(/\/isian\/impor$/);
  }

  /** Downloads the template through the page's button and returns its bytes. */
  async downloadTemplate(): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('download-template').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^templat-kla-\d{4}-.*\.xlsx$/);
    return fs.readFileSync((await download.path())!);
  }

  /** Fills a downloaded template with ExcelJS, as a user would in Excel. */
  static async fill(template: Buffer, edits: TemplateEdits): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((s) => s.state === 'visible')!;
    for (const [code, cells] of Object.entries(edits)) {
      let row = 0;
      sheet.eachRow((r, n) => {
        if (r.getCell(1).value === code) row = n;
      });
      if (!row) throw new Error(`${code} is not in the template`);
      for (const [column, value] of Object.entries(cells)) sheet.getCell(`${column}${row}`).value = value;
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async upload(bytes: Buffer, name = 'templat-terisi.xlsx') {
    await this.page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await expect(this.page.getByTestId('import-summary')).toBeVisible();
  }

  /** The dry run's problems as [row, column, code]. */
  async problems(): Promise<Array<[string, string, string]>> {
    const rows = this.page.getByTestId('import-problem');
    const count = await rows.count();
    const result: Array<[string, string, string]> = [];
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      result.push([
        (await row.getAttribute('data-row'))!,
        (await row.getAttribute('data-column'))!,
        (await row.getAttribute('data-code'))!,
      ]);
    }
    return result;
  }

  async expectReady(count: number) {
    await expect(this.page.getByTestId('import-ready')).toContainText(`${count} jawaban`);
    await expect(this.page.getByTestId('import-apply')).toBeEnabled();
    await expect(this.page.getByTestId('import-apply')).toHaveText(`Impor ${count} jawaban`);
  }

  async apply(count: number) {
    await this.page.getByTestId('import-apply').click();
    await expect(this.page.getByTestId('import-success')).toContainText(`${count} jawaban diimpor`);
  }

  async backToForm() {
    await this.page.getByTestId('import-success').getByRole('link').click();
    await expect(this.page).toHaveURL(/\/isian$/);
  }
}
