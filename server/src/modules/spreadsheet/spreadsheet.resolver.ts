import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { SpreadsheetService } from './spreadsheet.service.js';
import { ApplySpreadsheetImportResult } from './spreadsheet.types.js';

@Resolver()
export class SpreadsheetResolver {
  constructor(private readonly spreadsheets: SpreadsheetService) {}

  @Authorized()
  @Mutation(() => ApplySpreadsheetImportResult, {
    description:
      'Imports an uploaded spreadsheet that passed its dry run (POST /imports): re-checked now, written all or nothing in one transaction, audited. Operators: their own kecamatan; admins: any.',
  })
  applySpreadsheetImport(
    @Ctx() ctx: RequestContext,
    @Arg('batchId', () => ID, { description: 'The batchId of the dry-run report.' }) batchId: string,
  ): Promise<typeof ApplySpreadsheetImportResult> {
    return this.spreadsheets.apply(ctx, batchId);
  }
}
