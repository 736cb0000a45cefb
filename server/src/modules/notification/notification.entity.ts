import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * One item of a user's inbox. `params` hold what its text names (indicator, kecamatan, reason…);
 * the client words it in the user's language, the e-mail digest in Bahasa Indonesia. A
 * `dedupeKey` makes a notification happen once per user (time-based ones re-run safely).
 * `emailPending` is the outbox: written in the transaction that caused the notification, cleared
 * when a digest holding it was sent.
 */
@Entity('notification')
@Unique('UQ_notification_user_dedupe', ['userId', 'dedupeKey'])
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  /** The SPA path of the card or page it is about. */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'boolean', default: false })
  emailPending: boolean;
}

/** Which kinds of notification also reach a user by e-mail (no row: not by e-mail). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'boolean' })
  email: boolean;
}

/** A user's e-mail address for digests and the delivery state: attempts, last error, next retry. */
@Entity('notification_mailbox')
export class NotificationMailboxEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
