import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { KecamatanCommentsDocument } from './comment.documents';
import { openCount } from './conversation-thread';
import { SubmissionConversation } from './SubmissionConversation';
import { useDescribedHistory } from './use-described-history';

export interface CardConversationProps {
  submissionId: string;
  indicator: IndicatorFieldsFragment;
  year: number;
  kecamatanCode: string;
}

/**
 * The conversation on an answer card, folded to one line ("Diskusi (2) · 1 belum selesai") so a
 * phone's card stays short. Every card reads the same kecamatan-wide query (one request for the
 * whole form); the history is fetched when the operator opens it.
 */
export function CardConversation({ submissionId, indicator, year, kecamatanCode }: CardConversationProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const scope = useMemo(() => ({ year, kecamatanCode }), [year, kecamatanCode]);
  const { data } = useQuery(KecamatanCommentsDocument, { variables: scope, fetchPolicy: 'cache-and-network' });
  const comments = useMemo(
    () => data?.kecamatanComments.filter((comment) => comment.submissionId === submissionId) ?? [],
    [data?.kecamatanComments, submissionId],
  );
  const history = useDescribedHistory(submissionId, indicator, !open);
  const waiting = openCount(comments);
  return (
    <details
      className="card-conversation"
      data-testid={`conversation-${indicator.code}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {t('comment.count', { count: comments.length })}
        {waiting > 0 && (
          <span className="badge card-conversation-open" data-testid="conversation-open">
            {t('comment.open', { count: waiting })}
          </span>
        )}
      </summary>
      {open && (
        <SubmissionConversation
          submissionId={submissionId}
          comments={comments}
          history={history}
          canResolve={false}
          scope={scope}
        />
      )}
    </details>
  );
}
