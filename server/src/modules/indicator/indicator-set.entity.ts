import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IndicatorEntity } from './indicator.entity.js';

/**
 * A versioned instrument: the indicators, their guidance and scoring rules in force for the
 * periods that use it. A revised regulation becomes a new set, not a code change.
 */
@ObjectType('IndicatorSet', { description: 'A versioned set of indicators used by one or more periods.' })
@Entity('indicator_set')
export class IndicatorSetEntity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: 'Stable code, e.g. "KLA-24".' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Field(() => String, { description: 'Name, e.g. "KLA 24 indikator".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  source: string;

  /** DRAFT while an admin edits it; only PUBLISHED sets can be chosen by a new period. */
  @Column({ type: 'varchar', length: 10, default: 'PUBLISHED' })
  status: 'DRAFT' | 'PUBLISHED';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => IndicatorEntity, (indicator) => indicator.indicatorSet)
  indicators: Relation<IndicatorEntity[]>;
}
