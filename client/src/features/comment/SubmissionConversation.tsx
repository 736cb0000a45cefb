import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionCommentFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import type { DescribedEntry } from '../review/SubmissionHistory';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import type { PostCommentRequest } from './use-comment-actions';
import { conversationThread } from './conversation-thread';
import './comment.css';

export interface SubmissionConversationProps {
  submissionId: string;
  comments: readonly SubmissionCommentFieldsFragment[];
  /** The submission's history in words; its state changes are threaded between the comments. */
  history: readonly DescribedEntry[];
  canResolve: boolean;
  scope?: PostCommentRequest['scope'];
}

/** The conversation on one answer: comments and state changes in time order, then the reply box. */
export function SubmissionConversation({
  submissionId,
  comments,
  history,
  canResolve,
  scope,
}: SubmissionConversationProps) {
  const { t, i18n } = useTranslation();
  const thread = useMemo(() => conversationThread(comments, history), [comments, history]);
  return (
    <div className="conversation">
      {comments.length === 0 && <p className="muted">{t('comment.empty')}</p>}
      {thread.length > 0 && (
        <ol className="conversation-list" data-testid="conversation">
          {thread.map((item) =>
            item.kind === 'comment' ? (
              <CommentItem key={item.comment.id} comment={item.comment} canResolve={canResolve} />
            ) : (
              <li key={item.event.id} className="conversation-item conversation-item--event">
                <p className="conversation-head">
                  <time dateTime={item.at}>{formatDateTime(item.at, i18n.language)}</time> · {item.event.actor}{' '}
                  {item.event.action}
                </p>
                {item.event.details.map((detail) => (
                  <p key={detail} className="conversation-detail">
                    {detail}
                  </p>
                ))}
              </li>
            ),
          )}
        </ol>
      )}
      <CommentForm submissionId={submissionId} scope={scope} />
    </div>
  );
}
