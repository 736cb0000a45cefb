import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Kelurahan } from './kelurahan.entity.js';
import { City } from './city.entity.js';

/** A kecamatan (sub-district), identified by its Kemendagri code, e.g. `32.75.09` Jatiasih. */
@ObjectType({ description: 'A kecamatan (sub-district) of a kabupaten/kota, identified by its Kemendagri code.' })
@Entity('kecamatan')
export class Kecamatan {
  @Field(() => String, { description: 'Kemendagri code, e.g. "32.75.09".' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => String, { description: 'Official name, e.g. "Jatiasih".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Common alternative spelling, e.g. "Jati Asih".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  alternativeName: string | null;

  @Field(() => String, { description: 'Kemendagri code of its kabupaten/kota, e.g. "32.75".' })
  @Index()
  @Column({ type: 'varchar', length: 16, comment: 'Kemendagri code of the kabupaten/kota, e.g. 32.75' })
  cityCode: string;

  @ManyToOne(() => City, (city) => city.kecamatan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cityCode' })
  city: Relation<City>;

  @OneToMany(() => Kelurahan, (kelurahan) => kelurahan.kecamatan)
  kelurahan: Relation<Kelurahan[]>;
}
