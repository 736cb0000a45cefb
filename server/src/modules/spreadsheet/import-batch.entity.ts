import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AnswerColumns } from '../submission/submission.entity.js';

/** One answer of a validated upload, as it will be written at apply time. */
export interface ImportBatchRow extends AnswerColumns {
  sheet: string;
  row: number;
  kecamatanCode: string;
  indicatorCode: string;
  note: string | null;
  /** The submission's version when the template was downloaded (0: it did not exist). */
  expectedVersion: number;
}

/**
 * A spreadsheet upload that passed its dry run, kept (briefly) so that the import is one click
 * without sending the file again. Applying re-validates everything against the database.
 */
@Entity('import_batch')
@Index(['expiresAt'])
export class ImportBatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Only the user who uploaded it may apply it. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'jsonb' })
  kecamatanCodes: string[];

  @Column({ type: 'jsonb' })
  rows: ImportBatchRow[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;
}
