import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per account (`user:<name>`) and per client address (`ip:<address>`), kept in
 * the database so every server instance applies the same limits.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
