import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * City-wide settings stored as data (key → JSON value), so the city changes them without a
 * release. Seeded with KECALA defaults; a missing row means the default.
 */
@Entity('setting')
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
