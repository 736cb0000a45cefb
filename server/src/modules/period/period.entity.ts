import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorSetEntity } from '../indicator/indicator-set.entity.js';

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PeriodStatus, {
  name: 'PeriodStatus',
  description: 'Whether operators may still change answers.',
  valuesConfig: {
    OPEN: { description: 'Operators enter and submit answers.' },
    CLOSED: { description: 'Answers are locked for operators; evaluators may still verify.' },
  },
});

/** An evaluation year (tahun evaluasi) and the indicator set it uses. */
@ObjectType({ description: 'An evaluation year (tahun evaluasi).' })
@Entity('period')
export class Period {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => Int, { description: 'The evaluation year, e.g. 2026.' })
  @Column({ type: 'int', unique: true })
  year: number;

  @Field(() => PeriodStatus, { description: 'OPEN while operators may change answers.' })
  @Column({ type: 'varchar', length: 10 })
  status: PeriodStatus;

  @Field(() => Date, { nullable: true, description: 'When operators must have finished their entries.' })
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the status last changed, as the admin gave it: the reason of a closing (optional) or of a reopening (required); null when none was given.',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Field(() => Boolean, {
    description:
      'True for generated demonstration history (`npm run seed:demo-history`), never real data: label it as such.',
  })
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ type: 'uuid' })
  indicatorSetId: string;

  @Field(() => IndicatorSetEntity, { description: 'The indicator set used in this year.' })
  @ManyToOne(() => IndicatorSetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicatorSetId' })
  indicatorSet: Relation<IndicatorSetEntity>;
}
