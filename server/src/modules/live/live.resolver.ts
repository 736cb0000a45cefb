import { Arg, Authorized, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { canReadKecamatan } from '../auth/scope.js';
import { SCORES_CHANGED_TOPIC, type ScoresChanged } from './score-events.js';
import { ScoresChangedEvent } from './live.types.js';

@Resolver()
export class LiveResolver {
  /**
   * Over graphql-ws at /graphql. Signed-in identities only (the connection is refused otherwise);
   * operators receive only their own kecamatan's events, everyone else every kecamatan's.
   */
  @Authorized()
  @Subscription(() => ScoresChangedEvent, {
    description:
      "Live updates for dashboards: one event per kecamatan whose answers, states or evidence changed in the year (after the commit). Operators receive only their own kecamatan's events. Over graphql-ws at /graphql.",
    topics: SCORES_CHANGED_TOPIC,
    topicId: ({ args }) => args.year,
    filter: ({ payload, context }) =>
      canReadKecamatan(context as RequestContext, (payload as ScoresChanged).kecamatanCode),
  })
  scoresChanged(
    @Root() event: ScoresChanged,
    @Arg('year', () => Int, { description: 'Evaluation year to follow, e.g. 2026.' }) _year: number,
  ): ScoresChangedEvent {
    return event;
  }
}
