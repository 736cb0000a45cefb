import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionCommentFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useCommentActions } from './use-comment-actions';

const ROLES = ['ADMIN', 'EVALUATOR', 'OPERATOR'] as const;
function isKnownRole(role: string): role is (typeof ROLES)[number] {
  return (ROLES as readonly string[]).includes(role);
}

/** One comment: who, when, the text, and whether (and by whom) it was resolved. */
export function CommentItem({
  comment,
  canResolve,
}: {
  comment: SubmissionCommentFieldsFragment;
  canResolve: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { resolve } = useCommentActions();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const resolved = comment.resolvedAt != null;
  const markResolved = async () => {
    setState('busy');
    const outcome = await resolve(comment.id);
    setState(outcome.kind === 'done' ? 'idle' : 'failed');
  };
  return (
    <li
      className={`conversation-item conversation-item--comment conversation-item--${comment.authorRole.toLowerCase()}`}
      data-testid={`comment-${comment.id}`}
      data-resolved={resolved ? 'true' : 'false'}
    >
      <p className="conversation-head">
        <strong>{comment.author.displayName}</strong> (
        {isKnownRole(comment.authorRole) ? t(`role.${comment.authorRole}`) : comment.authorRole}) ·{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, i18n.language)}</time>
      </p>
      <p className="conversation-body">{comment.body}</p>
      {resolved ? (
        <p className="conversation-resolved" data-testid="comment-resolved">
          {t('comment.resolvedBy', { name: comment.resolvedBy?.displayName ?? t('history.system') })}
        </p>
      ) : (
        canResolve && (
          <button
            type="button"
            className="button button--small"
            onClick={() => void markResolved()}
            disabled={state === 'busy'}
            data-testid="comment-resolve"
          >
            {t('comment.resolve')}
          </button>
        )
      )}
      {state === 'failed' && (
        <p role="alert" className="field-error">
          {t('comment.resolveFailed')}
        </p>
      )}
    </li>
  );
}
