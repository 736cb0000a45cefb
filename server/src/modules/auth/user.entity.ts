import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { Kecamatan } from '../region/kecamatan.entity.js';

export enum Role {
  ADMIN = 'ADMIN',
  EVALUATOR = 'EVALUATOR',
  OPERATOR = 'OPERATOR',
  /** Another system's account: reads only through its API tokens, never signs in, never writes. */
  INTEGRATOR = 'INTEGRATOR',
}
registerEnumType(Role, {
  name: 'Role',
  description:
    "ADMIN manages the system; EVALUATOR (DP3A / Gugus Tugas KLA) reads all; OPERATOR enters one kecamatan; INTEGRATOR is another system's account, read through its API tokens.",
  valuesConfig: {
    ADMIN: { description: 'Manages the system (user accounts, API tokens); reads every kecamatan and reviews.' },
    EVALUATOR: { description: 'DP3A / Gugus Tugas KLA: reads every kecamatan, verifies, returns and reopens answers.' },
    OPERATOR: { description: 'Enters the answers and evidence of one kecamatan.' },
    INTEGRATOR: {
      description:
        "Another system's account (Satu Data, the province, the ministry): no password, never signs in; its API tokens read like an evaluator and write nothing.",
    },
  },
});

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 12 })
  role: Role;

  /** Set for operators only: the kecamatan whose data they enter. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  kecamatanCode: string | null;

  @ManyToOne(() => Kecamatan, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kecamatanCode' })
  kecamatan: Relation<Kecamatan> | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Set when an admin created the account or reset its password: the user must choose a new one first. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** Last successful sign-in (set in the sign-in transaction). */
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
