import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { ValidationError } from '../../graphql/results.js';
import { NotificationKind } from './notification-kinds.js';

@ObjectType({ description: "One item of the signed-in user's inbox." })
export class Notification {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What it is about; the client words it from the fields below.' })
  kind: NotificationKind;

  @Field(() => Int, { nullable: true, description: 'The evaluation year.' })
  year: number | null;

  @Field(() => String, { nullable: true, description: 'The kecamatan it is about.' })
  kecamatanCode: string | null;

  @Field(() => String, { nullable: true, description: "The kecamatan's name." })
  kecamatanName: string | null;

  @Field(() => String, { nullable: true, description: 'The indicator it is about.' })
  indicatorCode: string | null;

  @Field(() => String, { nullable: true, description: "The indicator's name." })
  indicatorName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The indicator's English name; null when it has none (older notifications too).",
  })
  indicatorNameEn: string | null;

  @Field(() => String, { nullable: true, description: "The evaluator's reason or note, the period's reason." })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: 'How many answers (rows, days) it counts.' })
  count: number | null;

  @Field(() => String, { nullable: true, description: 'The account it names (locked accounts).' })
  username: string | null;

  @Field(() => String, { description: 'The SPA path of the card or page it is about.' })
  link: string;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the user marked it read; null while unread.' })
  readAt: Date | null;
}

@ObjectType({ description: 'The newest notifications of the signed-in user and how many are unread.' })
export class NotificationInbox {
  @Field(() => Int, { description: 'Unread notifications (all, not only those listed).' })
  unreadCount: number;

  @Field(() => [Notification], { description: 'Newest first.' })
  items: Notification[];
}

@ObjectType({ description: 'Notifications were marked read.' })
export class NotificationsMarked {
  @Field(() => Int, { description: 'How many changed from unread to read.' })
  marked: number;

  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadCount: number;
}

@ObjectType({ description: 'Whether one kind of notification also reaches the user by e-mail.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind: NotificationKind;

  @Field(() => Boolean, { description: 'Also by e-mail (in the hourly digest).' })
  email: boolean;
}

export const MarkNotificationsReadResult = createUnionType({
  name: 'MarkNotificationsReadResult',
  description: 'What was marked, or why it was refused.',
  types: () => [NotificationsMarked, ValidationError] as const,
});

export const NotificationPreferenceResult = createUnionType({
  name: 'NotificationPreferenceResult',
  description: 'The preference as saved, or why it was refused.',
  types: () => [NotificationPreference, ValidationError] as const,
});

@ObjectType({ description: "Where the user's e-mail digests go." })
export class NotificationEmail {
  @Field(() => String, { nullable: true, description: 'The address; null: no e-mail.' })
  email: string | null;
}

export const NotificationEmailResult = createUnionType({
  name: 'NotificationEmailResult',
  description: 'The address as saved, or why it was refused.',
  types: () => [NotificationEmail, ValidationError] as const,
});
