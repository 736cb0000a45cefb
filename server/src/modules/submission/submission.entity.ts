import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
  CreateDateColumn,
  type Relation,
} from 'typeorm';
import { registerEnumType } from 'type-graphql';
import type { Answer } from '@kecala/domain';
import { Period } from '../period/period.entity.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { UserEntity } from '../auth/user.entity.js';

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  VERIFIED = 'VERIFIED',
}
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description:
    'DRAFT → SUBMITTED → VERIFIED, or SUBMITTED → RETURNED (with a reason) → edited → SUBMITTED; an evaluator may reopen a VERIFIED one (back to SUBMITTED).',
  valuesConfig: {
    DRAFT: { description: 'Being entered by the operator.' },
    SUBMITTED: { description: 'Waiting for an evaluator; the operator can no longer change it.' },
    RETURNED: { description: 'Sent back to the operator with a reason; editable again.' },
    VERIFIED: { description: 'Checked by an evaluator; its verified value counts in the verified total.' },
  },
});

/** An answer as a submission stores it in its answer columns (and in the JSON copies of them). */
export interface AnswerColumns {
  numerator: number | null;
  denominator: number | null;
  count: number | null;
  yes: boolean | null;
  option: string | null;
}

/** What was returned, kept so the evaluator can see what changed on resubmission. */
export interface ReturnedSnapshot extends AnswerColumns {
  note: string | null;
  evidenceFileIds: string[];
}

/** A verified answer carried forward from an earlier year. */
export type CarriedAnswer = AnswerColumns;

/** An answer as the row stores it: a field the answer leaves out is null. */
export function answerColumnsOf(answer: Answer | null | undefined): AnswerColumns {
  return {
    numerator: answer?.numerator ?? null,
    denominator: answer?.denominator ?? null,
    count: answer?.count ?? null,
    yes: answer?.yes ?? null,
    option: answer?.option ?? null,
  };
}

/** The verified answer of a row, read from its verified* columns. */
export function verifiedAnswerOfRow(
  row: Pick<
    SubmissionEntity,
    'verifiedNumerator' | 'verifiedDenominator' | 'verifiedCount' | 'verifiedYes' | 'verifiedOption'
  >,
): AnswerColumns {
  return {
    numerator: row.verifiedNumerator,
    denominator: row.verifiedDenominator,
    count: row.verifiedCount,
    yes: row.verifiedYes,
    option: row.verifiedOption,
  };
}

/**
 * One kecamatan's answer to one indicator in one period. The answer is stored in typed
 * columns (not JSON) so that SQL can aggregate it; `version` guards against lost updates.
 */
@Entity('submission')
@Unique('UQ_submission_period_kecamatan_indicator', ['periodId', 'kecamatanCode', 'indicatorId'])
@Index(['periodId', 'kecamatanCode'])
// Keyset pagination of submissionsConnection (integrators' incremental sync).
@Index('IDX_submission_updated_at_id', ['updatedAt', 'id'])
export class SubmissionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  periodId: string;

  @ManyToOne(() => Period, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'periodId' })
  period: Relation<Period>;

  @Column({ type: 'varchar', length: 16 })
  kecamatanCode: string;

  @ManyToOne(() => Kecamatan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kecamatanCode' })
  kecamatan: Relation<Kecamatan>;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicatorId' })
  indicator: Relation<IndicatorEntity>;

  @Column({ type: 'int', nullable: true })
  numerator: number | null;

  @Column({ type: 'int', nullable: true })
  denominator: number | null;

  @Column({ type: 'int', nullable: true })
  count: number | null;

  @Column({ type: 'boolean', nullable: true })
  yes: boolean | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  option: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The operator's confirmation of an implausible value ("angka benar karena …"), shown to the evaluator. */
  @Column({ type: 'text', nullable: true })
  plausibilityNote: string | null;

  @Column({ type: 'varchar', length: 20, default: SubmissionStatus.DRAFT })
  status: SubmissionStatus;

  @Column({ type: 'int' })
  version: number;

  /** Reason of the last return or reopening, shown to the operator. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  statusChangedById: string | null;

  @Column({ type: 'jsonb', nullable: true })
  returnedSnapshot: ReturnedSnapshot | null;

  // The answer as verified by the evaluator (equal to the operator's unless corrected).
  @Column({ type: 'int', nullable: true })
  verifiedNumerator: number | null;

  @Column({ type: 'int', nullable: true })
  verifiedDenominator: number | null;

  @Column({ type: 'int', nullable: true })
  verifiedCount: number | null;

  @Column({ type: 'boolean', nullable: true })
  verifiedYes: boolean | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  verifiedOption: string | null;

  @Column({ type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  // Carry-forward of last year's verified answer. While pending, the carried value waits in
  // carriedForwardAnswer and the answer columns stay empty, so every place that counts answers
  // (score table, scores, gap, trends, exports, submit completeness) sees it as unanswered.
  /** The verified submission of an earlier year this one was prefilled from. */
  @Column({ type: 'uuid', nullable: true })
  carriedForwardFromId: string | null;

  @Column({ type: 'int', nullable: true })
  carriedForwardFromYear: number | null;

  /** The carried (verified) value, kept after confirmation to show where the answer came from. */
  @Column({ type: 'jsonb', nullable: true })
  carriedForwardAnswer: CarriedAnswer | null;

  /** True until the operator confirms ("tidak berubah") or edits the carried answer. */
  @Column({ type: 'boolean', default: false })
  carriedForwardPending: boolean;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updatedById' })
  updatedBy: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
