import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, type Relation } from 'typeorm';
import { References } from '../../common/references.js';
import { UserEntity } from '../auth/user.entity.js';
import { SubmissionEntity } from '../submission/submission.entity.js';

/**
 * One comment of the conversation on a submission (operator ↔ evaluator), beside its state
 * changes. Comments are never edited or deleted; an evaluator marks one resolved.
 */
@Entity('submission_comment')
@Index('IDX_submission_comment_submission_created', ['submissionId', 'createdAt'])
export class SubmissionCommentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @References(() => SubmissionEntity, 'submissionId')
  submission: Relation<SubmissionEntity>;

  @Column({ type: 'uuid' })
  authorId: string;

  @References(() => UserEntity, 'authorId')
  author: Relation<UserEntity>;

  /** The author's role when writing (OPERATOR, EVALUATOR, ADMIN). */
  @Column({ type: 'varchar', length: 12 })
  authorRole: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @References(() => UserEntity, 'resolvedById', { nullable: true })
  resolvedBy: Relation<UserEntity> | null;
}
