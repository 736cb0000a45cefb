import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';

/**
 * A read-only credential for another system (Satu Data, the province, the ministry), belonging to
 * that system's INTEGRATOR account. Only the SHA-256 of the secret is stored: the secret is shown
 * once, when the token is created.
 */
@Entity('api_token')
export class ApiTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  /** The INTEGRATOR account the token acts as: its requests are audited under that account, and deactivating it stops the token. */
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<UserEntity>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdById' })
  createdBy: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Refreshed at most once a minute per token, so reads do not turn into writes. */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
