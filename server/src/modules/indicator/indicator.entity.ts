import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from 'typeorm';
import type { Direction, MeasureType, PlausibilityRule, ScoringRule } from '@kecala/domain';
import { IndicatorSetEntity } from './indicator-set.entity.js';
import { ClusterEntity } from './cluster.entity.js';

/** One indicator of an indicator set, with its measure type and its scoring rule as data. */
@Entity('indicator')
@Unique('UQ_indicator_set_code', ['indicatorSetId', 'code'])
@Unique('UQ_indicator_set_number', ['indicatorSetId', 'number'])
export class IndicatorEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  indicatorSetId: string;

  @ManyToOne(() => IndicatorSetEntity, (set) => set.indicators, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorSetId' })
  indicatorSet: Relation<IndicatorSetEntity>;

  @Column({ type: 'varchar', length: 8 })
  clusterCode: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clusterCode' })
  cluster: Relation<ClusterEntity>;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  shortName: string;

  /** English short name; null: not translated (the Bahasa one is shown). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  shortNameEn: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'varchar', length: 20 })
  measureType: MeasureType;

  @Column({ type: 'varchar', length: 20 })
  direction: Direction;

  @Column({ type: 'text', default: '' })
  guidance: string;

  @Column({ type: 'text', nullable: true })
  guidanceEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  numeratorLabel: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  numeratorLabelEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  denominatorLabel: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  denominatorLabelEn: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  unit: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  unitEn: string | null;

  @Column({ type: 'int' })
  maxPoints: number;

  @Column({ type: 'jsonb' })
  scoringRule: ScoringRule;

  /** When an answer looks implausible (warnings only, never a refusal); null: no rule. */
  @Column({ type: 'jsonb', nullable: true })
  plausibilityRule: PlausibilityRule | null;
}
