import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type ScoreRowBasis = 'SELF' | 'VERIFIED';

/**
 * Maintained scores: one row per period × kecamatan × cluster × basis, rewritten in the same
 * transaction as every change of an answer or a state (score-table.ts), so reads of scores cost
 * a few rows instead of scoring every answer. A missing row means "nothing answered" (0 points).
 */
@Entity('kecamatan_score')
@Index(['periodId', 'basis'])
export class KecamatanScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  periodId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kecamatanCode: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  clusterCode: string;

  /** SELF: the saved answers whatever their state; VERIFIED: verified values of VERIFIED answers. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  basis: ScoreRowBasis;

  @Column({ type: 'double precision' })
  score: number;

  /** Indicators of the cluster with a complete answer (on this basis). */
  @Column({ type: 'int' })
  answered: number;

  /** Indicators of the cluster that are VERIFIED (the same on both bases). */
  @Column({ type: 'int' })
  verified: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
