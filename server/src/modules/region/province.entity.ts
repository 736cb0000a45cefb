import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { City } from './city.entity.js';

/** A province (provinsi), identified by its two-digit Kemendagri code, e.g. `32` Jawa Barat. */
@ObjectType({ description: 'A province (provinsi), identified by its Kemendagri code.' })
@Entity('province')
export class Province {
  @Field(() => String, { description: 'Kemendagri code, e.g. "32".' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => String, { description: 'Official name, e.g. "Jawa Barat".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @OneToMany(() => City, (city) => city.province)
  cities: Relation<City[]>;
}
