import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { SubmissionCommentsDocument } from './comment.documents';
import { SubmissionConversation } from './SubmissionConversation';
import { useDescribedHistory } from './use-described-history';

/** The conversation in the review panel: evaluators read, reply and mark comments resolved. */
export function PanelConversation({
  submissionId,
  indicator,
}: {
  submissionId: string;
  indicator: IndicatorFieldsFragment;
}) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SubmissionCommentsDocument, {
    variables: { submissionId },
    fetchPolicy: 'cache-and-network',
  });
  const history = useDescribedHistory(submissionId, indicator);
  return (
    <section className="review-section" aria-labelledby={`conversation-${submissionId}`}>
      <h3 id={`conversation-${submissionId}`} className="review-section-title">
        {t('comment.title')}
      </h3>
      {data ? (
        <SubmissionConversation
          submissionId={submissionId}
          comments={data.submissionComments}
          history={history}
          canResolve
        />
      ) : error ? (
        <div role="alert" className="card-message">
          <p>{t('comment.error')}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}
