import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type NormalizedCacheObject } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { createWsLink } from '../features/live/ws-link';
import { lastFetchedLink } from '../features/offline-cache/last-fetched';
import possibleTypesResult from '../gql/possible-types';

/** Indicator fields that a cache written before they existed lacks. */
export const INDICATOR_ENGLISH_FIELDS = [
  'shortNameEn',
  'guidanceEn',
  'numeratorLabelEn',
  'denominatorLabelEn',
  'unitEn',
] as const;
const orNull = (existing: unknown) => existing ?? null;

/** Members of the contract's unions and interfaces, generated from schema.graphql by codegen. */
export const POSSIBLE_TYPES: Record<string, string[]> = possibleTypesResult.possibleTypes;

/**
 * Cache identity for the contract's types. Types without an `id` are keyed by their natural
 * key where one exists, or kept inside their parent (keyFields: false) when they are
 * per-query values (scores) or could differ per year (cluster definitions).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: POSSIBLE_TYPES,
    typePolicies: {
      Kecamatan: { keyFields: ['code'] },
      Kelurahan: { keyFields: ['code'] },
      Cluster: { keyFields: false },
      IndicatorOption: { keyFields: false },
      ScoringRule: { keyFields: false },
      Answer: { keyFields: false },
      UserSummary: { keyFields: false },
      KecamatanScore: { keyFields: false },
      ClusterScore: { keyFields: false },
      FieldError: { keyFields: false },
      ReturnedVersion: { keyFields: false },
      MissingItem: { keyFields: false },
      // English texts added after the offline cache of older versions was written: a stored indicator
      // without them reads as untranslated (null: the Bahasa text is shown) instead of a cache miss,
      // so a form cached before the upgrade still opens offline.
      Indicator: { fields: Object.fromEntries(INDICATOR_ENGLISH_FIELDS.map((f) => [f, { read: orNull }])) },
      Submission: {
        fields: {
          // A saved answer replaces the previous one as a whole.
          answer: { merge: false },
          updatedBy: { merge: false },
          verifiedAnswer: { merge: false },
          returnedVersion: { merge: false },
          // The server's list of files is the truth: a removed file must drop out, not be merged in.
          evidence: { merge: false },
        },
      },
    },
  });
}

/** Subscriptions go to the websocket link, queries and mutations over HTTP. */
export function createSplitLink(http: ApolloLink, ws: ApolloLink): ApolloLink {
  return ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, ws, http);
}

/**
 * Same-origin GraphQL: the session is an httpOnly cookie set by `login`. Subscriptions
 * (`scoresChanged`) use graphql-ws on the same path; the cookie travels with the upgrade.
 * `restored`: the cache of an earlier visit (offline start); each screen then revalidates it
 * once when it opens (cache-and-network) instead of trusting it.
 */
export function createApolloClient(uri = '/graphql', restored?: NormalizedCacheObject): ApolloClient {
  const http = new HttpLink({ uri, credentials: 'include' });
  const cache = createCache();
  if (restored) cache.restore(restored);
  return new ApolloClient({
    link: ApolloLink.from([
      lastFetchedLink,
      typeof WebSocket === 'undefined' ? http : createSplitLink(http, createWsLink(uri)),
    ]),
    cache,
    ...(restored
      ? { defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } } }
      : {}),
  });
}
