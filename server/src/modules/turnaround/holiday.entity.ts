import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum HolidayKind {
  NATIONAL = 'NATIONAL',
  CUTI_BERSAMA = 'CUTI_BERSAMA',
}
registerEnumType(HolidayKind, {
  name: 'HolidayKind',
  description: 'What kind of day off.',
  valuesConfig: {
    NATIONAL: { description: 'Libur nasional.' },
    CUTI_BERSAMA: { description: 'Cuti bersama (collective leave).' },
  },
});

/** A day off (WIB calendar date) that is not a working day for turnaround figures; data the admin edits. */
@ObjectType('Holiday', { description: 'A national holiday or cuti bersama: not a working day.' })
@Entity('holiday')
export class HolidayEntity {
  @Field(() => String, { description: 'The WIB calendar date, YYYY-MM-DD.' })
  @PrimaryColumn({ type: 'date' })
  date: string;

  @Field(() => String, { description: 'Its name, e.g. "Idul Fitri 1447 H".' })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => HolidayKind, { description: 'Libur nasional or cuti bersama.' })
  @Column({ type: 'varchar', length: 16 })
  kind: HolidayKind;

  @Field(() => String, { nullable: true, description: 'Where the date comes from (e.g. the SKB 3 Menteri).' })
  @Column({ type: 'text', nullable: true })
  source: string | null;
}
