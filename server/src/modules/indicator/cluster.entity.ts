import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the six KLA groups: KEL (Kelembagaan) and the five klaster K1–K5. */
@Entity('cluster')
export class ClusterEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'int' })
  sortOrder: number;
}
