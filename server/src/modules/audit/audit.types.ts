import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'One recorded change: who, in which role, when, what, and the values before and after.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Increasing identifier: a later entry has a larger id.' })
  id: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'Who made it; null for the system.' })
  username: string | null;

  @Field(() => String, { nullable: true, description: 'Their role at the time (ADMIN, EVALUATOR, OPERATOR).' })
  role: string | null;

  @Field(() => String, { description: 'E.g. SUBMISSION_UPDATED, SUBMISSION_RETURNED, EVIDENCE_UPLOADED.' })
  action: string;

  @Field(() => String, { description: 'Kind of record changed: Submission, EvidenceFile, User, ApiToken.' })
  entityType: string;

  @Field(() => String, { description: 'Identifier of the record changed.' })
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values before the change (null for a creation).' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values after the change.' })
  after: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The kecamatan the changed record belongs to (an answer, its evidence or comments, an operator account); null for city-wide records.',
  })
  kecamatanCode?: string | null;
}

export enum AuditEntryOrder {
  ID_ASC = 'ID_ASC',
  ID_DESC = 'ID_DESC',
}
registerEnumType(AuditEntryOrder, {
  name: 'AuditEntryOrder',
  description: 'The order of auditEntries; keep it while following endCursor.',
  valuesConfig: {
    ID_ASC: { description: 'Oldest first (the sync order).' },
    ID_DESC: { description: 'Newest first (the audit page).' },
  },
});

@InputType({ description: 'Filters of auditEntries; all optional, combined with AND.' })
export class AuditEntriesFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only entries about this kind of record: Submission, EvidenceFile, User, ApiToken.',
  })
  entityType?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries recorded at or after this instant (inclusive).' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries recorded before this instant (exclusive).' })
  until?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. SUBMISSION_VERIFIED.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes made by this username.' })
  username?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes made in this role: ADMIN, EVALUATOR, OPERATOR, INTEGRATOR.',
  })
  role?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only entries about this kecamatan's records (operators: always their own).",
  })
  kecamatanCode?: string | null;
}

@ObjectType({ description: 'One audit entry of a page and its cursor.' })
class AuditEntryEdge {
  @Field(() => String, { description: 'Opaque position of this entry in the id order.' })
  cursor: string;

  @Field(() => AuditEntry, { description: 'The audit entry.' })
  node: AuditEntry;
}

@ObjectType({ description: 'A page of the audit trail, in the order asked for (oldest first by default).' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries of this page.' })
  edges: AuditEntryEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue after.' })
  pageInfo: PageInfo;

  /** Counts on demand: one more statement, only when totalCount is asked for. */
  countTotal: () => Promise<number>;

  @Field(() => Int, {
    description: 'How many entries match the filter in all pages (ignores after); one more statement.',
  })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}
