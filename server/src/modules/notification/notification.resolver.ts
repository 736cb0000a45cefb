import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { NotificationKind } from './notification-kinds.js';
import { NotificationService } from './notification.service.js';
import {
  MarkNotificationsReadResult,
  NotificationEmailResult,
  NotificationInbox,
  NotificationPreference,
  NotificationPreferenceResult,
} from './notification.types.js';

const PEOPLE = [Role.ADMIN, Role.EVALUATOR, Role.OPERATOR];

@Resolver()
export class NotificationResolver {
  constructor(private readonly inboxService: NotificationService) {}

  @Authorized(PEOPLE)
  @Query(() => NotificationInbox, { description: "The signed-in user's notifications, newest first." })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 30, description: 'How many (1–100).' }) first: number,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only unread ones.' }) unreadOnly: boolean,
  ): Promise<NotificationInbox> {
    return this.inboxService.inbox(ctx, first, unreadOnly);
  }

  @Authorized(PEOPLE)
  @Query(() => Int, { description: "The signed-in user's unread notifications (the bell): one cheap count." })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.inboxService.unreadCount(ctx);
  }

  @Authorized(PEOPLE)
  @Mutation(() => MarkNotificationsReadResult, { description: 'Marks own notifications read (listed, or all).' })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { nullable: true, description: 'Which (at most 500).' }) ids: string[] | null,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Every unread one.' }) all: boolean,
  ): Promise<typeof MarkNotificationsReadResult> {
    return this.inboxService.markRead(ctx, ids, all);
  }

  @Authorized(PEOPLE)
  @Query(() => [NotificationPreference], { description: 'Per kind: whether it also comes by e-mail.' })
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return this.inboxService.preferences(ctx);
  }

  @Authorized(PEOPLE)
  @Mutation(() => NotificationPreferenceResult, { description: 'Chooses whether a kind also comes by e-mail.' })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => NotificationKind, { description: 'The kind.' }) kind: NotificationKind,
    @Arg('email', () => Boolean, { description: 'Also by e-mail.' }) email: boolean,
  ): Promise<typeof NotificationPreferenceResult> {
    return this.inboxService.setPreference(ctx, kind, email);
  }

  @Authorized(PEOPLE)
  @Query(() => String, { nullable: true, description: "Where the signed-in user's e-mail digests go (null: none)." })
  notificationEmail(@Ctx() ctx: RequestContext): Promise<string | null> {
    return this.inboxService.email(ctx);
  }

  @Authorized(PEOPLE)
  @Mutation(() => NotificationEmailResult, {
    description: 'Sets (or, with null, removes) the address for e-mail digests.',
  })
  setNotificationEmail(
    @Ctx() ctx: RequestContext,
    @Arg('email', () => String, { nullable: true, description: 'An e-mail address (at most 254 characters).' })
    email: string | null,
  ): Promise<typeof NotificationEmailResult> {
    return this.inboxService.setEmail(ctx, email ?? null);
  }
}
