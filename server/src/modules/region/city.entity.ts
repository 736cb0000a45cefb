import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Province } from './province.entity.js';
import { Kecamatan } from './kecamatan.entity.js';

export enum CityKind {
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
}

registerEnumType(CityKind, {
  name: 'CityKind',
  description: 'Whether a kabupaten/kota is a regency (kabupaten) or a city (kota).',
  valuesConfig: {
    KABUPATEN: { description: 'Kabupaten (regency); Kemendagri codes xx.01–xx.69.' },
    KOTA: { description: 'Kota (city); Kemendagri codes xx.71–xx.99.' },
  },
});

/** A kabupaten or kota, identified by its Kemendagri code, e.g. `32.75` Kota Bekasi. */
@ObjectType({ description: 'A kabupaten/kota (regency or city) of a province, identified by its Kemendagri code.' })
@Entity('city')
export class City {
  @Field(() => String, { description: 'Kemendagri code, e.g. "32.75".' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => String, { description: 'Official name, e.g. "Kota Bekasi".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => CityKind, { description: 'Kabupaten or kota.' })
  @Column({ type: 'varchar', length: 10 })
  kind: CityKind;

  @Field(() => String, { description: 'Kemendagri code of its province, e.g. "32".' })
  @Index()
  @Column({ type: 'varchar', length: 16 })
  provinceCode: string;

  @ManyToOne(() => Province, (province) => province.cities, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provinceCode' })
  province: Relation<Province>;

  @OneToMany(() => Kecamatan, (kecamatan) => kecamatan.city)
  kecamatan: Relation<Kecamatan[]>;
}
