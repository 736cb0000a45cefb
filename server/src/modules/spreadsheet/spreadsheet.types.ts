import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { ErrorResult } from '../../graphql/error-result.js';
import { NotAllowedError, ValidationError } from '../../graphql/results.js';
import type { SpreadsheetProblemCode } from './spreadsheet.problems.js';

@ObjectType({ description: 'One problem of an uploaded spreadsheet, located by sheet, row and column.' })
export class SpreadsheetProblem {
  @Field(() => String, { description: 'Name of the sheet, e.g. "32.75.09 Jatiasih".' })
  sheet: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Row number as Excel shows it; null for a problem of the whole sheet or file.',
  })
  row: number | null;

  @Field(() => String, { nullable: true, description: 'Column letter, e.g. "E"; null for a problem of the whole row.' })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'Header of that column, e.g. "Pembilang".' })
  header: string | null;

  @Field(() => String, {
    description:
      'Machine-readable code: NOT_A_TEMPLATE, WRONG_INDICATOR_SET, NO_PERIOD, PERIOD_CLOSED, UNKNOWN_KECAMATAN, OTHER_KECAMATAN, TOO_MANY_ROWS, UNKNOWN_INDICATOR, DUPLICATE_INDICATOR, WRONG_TYPE, NOT_A_WHOLE_NUMBER, NEGATIVE, TOO_LARGE, MISSING_VALUE, NUMERATOR_GT_DENOMINATOR, DENOMINATOR_ZERO, UNKNOWN_OPTION, NOT_APPLICABLE, NOTE_INVALID, FORMULA_WITHOUT_VALUE, NOT_EDITABLE, STALE.',
  })
  code: SpreadsheetProblemCode;

  @Field(() => String, { description: 'Explanation in Bahasa Indonesia.' })
  message: string;
}

@ObjectType({
  description: 'A spreadsheet import was applied: every answer of the upload was written in one transaction.',
})
export class SpreadsheetImportApplied {
  @Field(() => ID, { description: 'The applied upload (from POST /imports).' })
  batchId: string;

  @Field(() => Int, { description: 'Evaluation year of the answers.' })
  year: number;

  @Field(() => Int, { description: 'How many answers were written.' })
  answerCount: number;

  @Field(() => [String], { description: 'Kemendagri codes of the kecamatan whose answers changed.' })
  kecamatanCodes: string[];
}

@ObjectType({
  implements: ErrorResult,
  description:
    'The import was refused at apply time (the period closed, answers changed or were submitted since the dry run); nothing was written.',
})
export class SpreadsheetImportRejected extends ErrorResult {
  @Field(() => [SpreadsheetProblem], { description: 'Every problem found, by sheet, row and column.' })
  problems: SpreadsheetProblem[];

  constructor(problems: SpreadsheetProblem[]) {
    super('IMPORT_REJECTED', `${problems.length} problem(s) found; nothing was imported.`);
    this.problems = problems.map((p) => Object.assign(new SpreadsheetProblem(), p));
  }
}

export const ApplySpreadsheetImportResult = createUnionType({
  name: 'ApplySpreadsheetImportResult',
  description: 'The applied import, or why nothing was written.',
  types: () => [SpreadsheetImportApplied, SpreadsheetImportRejected, ValidationError, NotAllowedError] as const,
});
