import { useMemo } from 'react';
import type { ApolloCache, ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { validateComment } from '@kecala/domain';
import type { SubmissionCommentFieldsFragment } from '../../gql/graphql';
import type { MutationFailure } from '../../shared/mutation-failure';
import {
  type InvalidOutcome,
  type NotAllowedOutcome,
  clientInvalid,
  mutationOutcome,
} from '../../shared/mutation-outcome';
import {
  KecamatanCommentsDocument,
  PostSubmissionCommentDocument,
  ResolveSubmissionCommentDocument,
  SubmissionCommentsDocument,
} from './comment.documents';

/**
 * THE comment path: components post and resolve comments only through `useCommentActions`, so
 * the check before sending, the cache update and the mapping of every result member live here.
 * Comments do not go through the answer outbox: one that cannot be sent stays in its box with a
 * "not sent — retry" message, and nothing is stored on the phone.
 */

export interface PostCommentRequest {
  submissionId: string;
  body: string;
  /** The operator's form lists the kecamatan's comments of a year: the new one is added there too. */
  scope?: { year: number; kecamatanCode: string };
}

export type CommentOutcome =
  { kind: 'done'; comment: SubmissionCommentFieldsFragment } | InvalidOutcome | NotAllowedOutcome | MutationFailure;

type Comment = SubmissionCommentFieldsFragment;

function append(list: readonly Comment[] | undefined, comment: Comment): Comment[] | undefined {
  if (!list) return undefined;
  return list.some((c) => c.id === comment.id) ? [...list] : [...list, comment];
}

/** Adds a posted comment to the lists that are loaded (the form's and the panel's); no refetch. */
function addToLists(cache: ApolloCache, comment: Comment, scope: PostCommentRequest['scope']): void {
  cache.updateQuery(
    { query: SubmissionCommentsDocument, variables: { submissionId: comment.submissionId } },
    (data) => {
      const next = append(data?.submissionComments, comment);
      return next && { submissionComments: next };
    },
  );
  if (scope)
    cache.updateQuery({ query: KecamatanCommentsDocument, variables: scope }, (data) => {
      const next = append(data?.kecamatanComments, comment);
      return next && { kecamatanComments: next };
    });
}

export async function postComment(client: ApolloClient, request: PostCommentRequest): Promise<CommentOutcome> {
  const body = request.body.trim();
  const problems = validateComment(body);
  if (problems.length > 0) return clientInvalid(problems);
  return mutationOutcome(
    async () => {
      const { data } = await client.mutate({
        mutation: PostSubmissionCommentDocument,
        variables: { input: { submissionId: request.submissionId, body } },
        update(cache, { data: payload }) {
          const result = payload?.postSubmissionComment;
          if (result?.__typename === 'SubmissionComment') addToLists(cache, result, request.scope);
        },
      });
      return data?.postSubmissionComment;
    },
    (comment): CommentOutcome => ({ kind: 'done', comment }),
  );
}

/** Evaluators: mark a comment resolved (the normalized comment updates every list showing it). */
export async function resolveComment(client: ApolloClient, commentId: string): Promise<CommentOutcome> {
  return mutationOutcome(
    async () => {
      const { data } = await client.mutate({ mutation: ResolveSubmissionCommentDocument, variables: { commentId } });
      return data?.resolveSubmissionComment;
    },
    (comment): CommentOutcome => ({ kind: 'done', comment }),
  );
}

export interface CommentActions {
  post: (request: PostCommentRequest) => Promise<CommentOutcome>;
  resolve: (commentId: string) => Promise<CommentOutcome>;
}

export function useCommentActions(): CommentActions {
  const client = useApolloClient();
  return useMemo(
    () => ({ post: (request) => postComment(client, request), resolve: (id) => resolveComment(client, id) }),
    [client],
  );
}
