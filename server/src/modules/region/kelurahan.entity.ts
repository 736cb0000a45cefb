import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Kecamatan } from './kecamatan.entity.js';

@ObjectType({ description: 'A kelurahan (urban village) within a kecamatan.' })
@Entity('kelurahan')
export class Kelurahan {
  @Field(() => String, { description: 'Kemendagri code, e.g. "32.75.09.1001".' })
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: string;

  @Field(() => String, { description: 'Official name.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  kecamatanCode: string;

  @ManyToOne(() => Kecamatan, (kecamatan) => kecamatan.kelurahan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kecamatanCode' })
  kecamatan: Relation<Kecamatan>;
}
