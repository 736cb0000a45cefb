/**
 * What the dry run of an uploaded spreadsheet answers (POST /imports): the problems, or the id of
 * the validated upload to apply. The server fills it, the import screen shows it.
 */
export interface SpreadsheetDryRunReport<Problem> {
  /** Set only when there is no problem and something to write. */
  batchId: string | null;
  expiresAt: string | null;
  year: number | null;
  indicatorSetCode: string | null;
  kecamatans: Array<{ code: string; name: string }>;
  /** Answers the import would write (new or changed). */
  answerCount: number;
  /** Rows equal to what is saved: left alone. */
  unchangedCount: number;
  problems: Problem[];
}
