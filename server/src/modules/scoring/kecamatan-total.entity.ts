import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ScoreRowBasis } from './kecamatan-score.entity.js';

/**
 * Maintained totals: one row per period × kecamatan × basis, the sum of that kecamatan's cluster
 * rows in `kecamatan_score`, written by the same statement (score-table.ts). Every kecamatan has
 * its two rows in every period (zeros until something is answered: triggers on `period` and
 * `kecamatan` insert them), so a scoreboard page is read in total order straight from the index
 * `IDX_kecamatan_total_board` (period, basis, total DESC, kecamatan) without touching the others.
 */
@Entity('kecamatan_total')
// Created by the migration (TypeORM cannot declare a DESC column): (periodId, basis, total DESC, kecamatanCode).
@Index('IDX_kecamatan_total_board', { synchronize: false })
export class KecamatanTotalEntity {
  @PrimaryColumn({ type: 'uuid' })
  periodId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kecamatanCode: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  basis: ScoreRowBasis;

  /** Sum of the cluster scores on this basis, rounded to two decimals as the pure module does. */
  @Column({ type: 'double precision' })
  total: number;

  /** Indicators with a complete answer (on this basis). */
  @Column({ type: 'int' })
  answered: number;

  /** Indicators that are VERIFIED (the same on both bases). */
  @Column({ type: 'int' })
  verified: number;
}
