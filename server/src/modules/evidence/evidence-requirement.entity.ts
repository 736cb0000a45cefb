import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, type Relation } from 'typeorm';
import { IndicatorEntity } from '../indicator/indicator.entity.js';

/** One item of an indicator's evidence checklist (bukti dukung), e.g. "SK Gugus Tugas". */
@Entity('evidence_requirement')
@Unique('UQ_evidence_requirement_indicator_code', ['indicatorId', 'code'])
export class EvidenceRequirementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicatorId' })
  indicator: Relation<IndicatorEntity>;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  @Column({ type: 'varchar', length: 300 })
  labelEn: string;

  /** Submitting needs at least one file for a required item that was not judged insufficient. */
  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
