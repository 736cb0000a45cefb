import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { References } from '../../common/references.js';
import { SubmissionEntity } from '../submission/submission.entity.js';
import { EvidenceRequirementEntity } from './evidence-requirement.entity.js';

export enum EvidenceVerdict {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  INSUFFICIENT = 'INSUFFICIENT',
}
registerEnumType(EvidenceVerdict, {
  name: 'EvidenceVerdict',
  description: "The evaluator's judgement of one evidence file.",
  valuesConfig: {
    PENDING: { description: 'Not judged yet.' },
    ACCEPTED: { description: 'The file proves the checklist item.' },
    INSUFFICIENT: {
      description: 'The file does not prove it (a reason says why); it does not count for completeness.',
    },
  },
});

/**
 * A file of evidence attached to a submission and one checklist item. The bytes live outside the
 * database under `storageKey` (a generated name); the original name is metadata only.
 */
@Entity('evidence_file')
export class EvidenceFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  submissionId: string;

  @References(() => SubmissionEntity, 'submissionId')
  submission: Relation<SubmissionEntity>;

  @Column({ type: 'uuid' })
  requirementId: string;

  @References(() => EvidenceRequirementEntity, 'requirementId')
  requirement: Relation<EvidenceRequirementEntity>;

  /** Not unique: a carried-forward file is a second row pointing to the same stored bytes. */
  @Index()
  @Column({ type: 'varchar', length: 80 })
  storageKey: string;

  @Column({ type: 'varchar', length: 255 })
  originalName: string;

  /** Detected from the content, never taken from the name or the client. */
  @Column({ type: 'varchar', length: 60 })
  mimeType: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ type: 'varchar', length: 20, default: EvidenceVerdict.PENDING })
  verdict: EvidenceVerdict;

  @Column({ type: 'text', nullable: true })
  verdictReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  verdictById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verdictAt: Date | null;

  /** Set when the operator removes the file; the row stays for the audit trail. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
