import 'reflect-metadata';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../modules/auth/auth-checker.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuditTrailService } from '../modules/audit/audit-trail.service.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { ApiTokenService } from '../modules/api-token/api-token.service.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AccountService } from '../modules/account/account.service.js';
import { refuseMutationsUntilPasswordChanged } from '../modules/auth/password-change-guard.js';
import { refuseMutationsForReadOnly } from '../modules/auth/read-only.js';
import { AuthService, type SessionOptions } from '../modules/auth/auth.service.js';
import { DEFAULT_EVIDENCE_DIR } from '../config.js';
import { EvidenceResolver, SubmissionEvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import { EvidenceService } from '../modules/evidence/evidence.service.js';
import { EvidenceStorage } from '../modules/evidence/evidence-storage.js';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver.js';
import { IndicatorService } from '../modules/indicator/indicator.service.js';
import { IndicatorSetAdminResolver } from '../modules/indicator/indicator-set-admin.resolver.js';
import { IndicatorSetAdminService } from '../modules/indicator/indicator-set-admin.service.js';
import { PeriodResolver } from '../modules/period/period.resolver.js';
import { PeriodService } from '../modules/period/period.service.js';
import { CityResolver, ProvinceResolver, RegionResolver } from '../modules/region/region.resolver.js';
import { RegionService } from '../modules/region/region.service.js';
import { ScoreboardEntryResolver, ScoringResolver } from '../modules/scoring/scoring.resolver.js';
import { ScoreboardConnectionService } from '../modules/scoring/scoreboard-connection.service.js';
import { ScoringService } from '../modules/scoring/scoring.service.js';
import { SubmissionResolver } from '../modules/submission/submission.resolver.js';
import { SubmissionService } from '../modules/submission/submission.service.js';
import { SubmissionConnectionService } from '../modules/submission/submission-connection.service.js';
import { ReviewResolver } from '../modules/review/review.resolver.js';
import { ReviewService } from '../modules/review/review.service.js';
import { SubmissionCarryForwardResolver } from '../modules/submission/submission-carry-forward.resolver.js';
import { SubmissionCarryForwardService } from '../modules/submission/submission-carry-forward.service.js';
import { SubmissionPreviousYearResolver } from '../modules/submission/submission-previous-year.resolver.js';
import { SubmissionPreviousYearService } from '../modules/submission/submission-previous-year.service.js';
import { LiveResolver } from '../modules/live/live.resolver.js';
import {
  InProcessScoreEventBus,
  ScoreEvents,
  scoreEventsPubSub,
  type ScoreEventBus,
} from '../modules/live/score-events.js';
import { InsightResolver } from '../modules/insight/insight.resolver.js';
import { InsightService } from '../modules/insight/insight.service.js';
import { SpreadsheetResolver } from '../modules/spreadsheet/spreadsheet.resolver.js';
import { SpreadsheetService } from '../modules/spreadsheet/spreadsheet.service.js';
import { CommentResolver, SubmissionCommentsResolver } from '../modules/comment/comment.resolver.js';
import { CommentService } from '../modules/comment/comment.service.js';
import type { CommentEvents } from '../modules/comment/comment-events.js';
import { TurnaroundResolver } from '../modules/turnaround/turnaround.resolver.js';
import { TurnaroundService } from '../modules/turnaround/turnaround.service.js';
import { HolidayService } from '../modules/turnaround/holiday.service.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { NotificationService } from '../modules/notification/notification.service.js';
import { COMMENT_NOTIFICATIONS } from '../modules/notification/comment-notices.js';

const RESOLVERS = [
  AuthResolver,
  RegionResolver,
  ProvinceResolver,
  CityResolver,
  IndicatorResolver,
  PeriodResolver,
  SubmissionResolver,
  ReviewResolver,
  SubmissionCarryForwardResolver,
  SubmissionPreviousYearResolver,
  ScoringResolver,
  ScoreboardEntryResolver,
  AuditResolver,
  EvidenceResolver,
  SubmissionEvidenceResolver,
  ApiTokenResolver,
  LiveResolver,
  InsightResolver,
  AccountResolver,
  IndicatorSetAdminResolver,
  SpreadsheetResolver,
  CommentResolver,
  SubmissionCommentsResolver,
  TurnaroundResolver,
  NotificationResolver,
] as const;

export type SchemaOptions = SessionOptions & {
  /** Where evidence bytes live (removeEvidence deletes them); the default only serves schema printing. */
  evidenceStorage?: EvidenceStorage;
  /** Where services announce score changes and subscriptions listen; default: a private in-process bus. */
  scoreEvents?: ScoreEventBus;
  /** Hooks of the comment conversation; default: the notifications (`notification/comment-notices.ts`). */
  commentEvents?: CommentEvents;
  /** "Now" for time-based figures (what is still waiting); tests fix it. Default: the system clock. */
  clock?: () => Date;
};

/** Wires services into resolvers by hand: a handful of stateless singletons need no DI framework. */
/** A resolver class, whatever its constructor takes. */
type ResolverClass = new (...args: never[]) => unknown;

function createContainer(options: SchemaOptions, bus: ScoreEventBus): ContainerType {
  const indicators = new IndicatorService();
  const auth = new AuthService(options);
  const events = new ScoreEvents(bus);
  const evidence = new EvidenceService(
    indicators,
    options.evidenceStorage ?? new EvidenceStorage(DEFAULT_EVIDENCE_DIR),
    events,
  );
  const scoring = new ScoringService(indicators);
  const boards = new ScoreboardConnectionService(indicators);
  const comments = new CommentService(options.commentEvents ?? COMMENT_NOTIFICATIONS);
  const instances = new Map<ResolverClass, unknown>([
    [AuthResolver, new AuthResolver(auth)],
    [RegionResolver, new RegionResolver(new RegionService())],
    [ProvinceResolver, new ProvinceResolver()],
    [CityResolver, new CityResolver()],
    [IndicatorResolver, new IndicatorResolver(indicators)],
    [PeriodResolver, new PeriodResolver(new PeriodService())],
    [
      SubmissionResolver,
      new SubmissionResolver(new SubmissionService(indicators, events), new SubmissionConnectionService()),
    ],
    [ReviewResolver, new ReviewResolver(new ReviewService(indicators, events))],
    [
      SubmissionCarryForwardResolver,
      new SubmissionCarryForwardResolver(new SubmissionCarryForwardService(indicators, events)),
    ],
    [SubmissionPreviousYearResolver, new SubmissionPreviousYearResolver(new SubmissionPreviousYearService(indicators))],
    [ScoringResolver, new ScoringResolver(scoring, boards)],
    [ScoreboardEntryResolver, new ScoreboardEntryResolver(boards)],
    [AuditResolver, new AuditResolver(new AuditTrailService())],
    [EvidenceResolver, new EvidenceResolver(evidence)],
    [SubmissionEvidenceResolver, new SubmissionEvidenceResolver(evidence)],
    [ApiTokenResolver, new ApiTokenResolver(new ApiTokenService())],
    [LiveResolver, new LiveResolver()],
    [InsightResolver, new InsightResolver(new InsightService(indicators, scoring))],
    [AccountResolver, new AccountResolver(new AccountService())],
    [IndicatorSetAdminResolver, new IndicatorSetAdminResolver(new IndicatorSetAdminService())],
    [SpreadsheetResolver, new SpreadsheetResolver(new SpreadsheetService(indicators, events))],
    [CommentResolver, new CommentResolver(comments)],
    [SubmissionCommentsResolver, new SubmissionCommentsResolver(comments)],
    [TurnaroundResolver, new TurnaroundResolver(new TurnaroundService(options.clock), new HolidayService())],
    [NotificationResolver, new NotificationResolver(new NotificationService())],
  ]);
  return {
    get(someClass: ResolverClass) {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`No instance registered for ${someClass.name}`);
      return instance;
    },
  };
}

export async function buildAppSchema(options: SchemaOptions = { sessionTtlHours: 24 }): Promise<GraphQLSchema> {
  const bus = options.scoreEvents ?? new InProcessScoreEventBus();
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    container: createContainer(options, bus),
    pubSub: scoreEventsPubSub(bus),
    authChecker,
    validate: false,
  });
  // type-graphql gives the root types no description; the contract documents every type.
  schema.getQueryType()!.description =
    'Reads. Anonymous callers see the reference data (kecamatan, indicators, periods); the rest needs a session or an API token.';
  schema.getMutationType()!.description =
    'Changes, each audited in its own transaction. API tokens (INTEGRATOR) may call none of them.';
  schema.getSubscriptionType()!.description =
    'Live updates over graphql-ws (WebSocket) at /graphql; the connection authenticates like HTTP (session cookie, or `authorization: "Bearer <token>"` in connectionParams).';
  return refuseMutationsForReadOnly(refuseMutationsUntilPasswordChanged(schema));
}
