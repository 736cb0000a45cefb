import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import type { SubmissionDraft } from './answer-draft';
import { describeAnswer } from './format-answer';
import type { SavedSubmission } from './submission-saver';
import './IndicatorCard.css';

interface ConflictNoticeProps {
  indicator: IndicatorFieldsFragment;
  current: SavedSubmission;
  mine: SubmissionDraft;
  onKeepMine: () => void;
  onTakeServers: () => void;
}

/** Someone else saved first: show both values and let the user choose; the queued value stays. */
export function ConflictNotice({ indicator, current, mine, onKeepMine, onTakeServers }: ConflictNoticeProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { code } = indicator;
  return (
    <div className="conflict" role="alert" data-testid={`conflict-${code}`}>
      <p className="conflict-title">{t('conflict.title')}</p>
      <p>
        {t('conflict.by', {
          name: current.updatedBy?.displayName ?? t('conflict.someone'),
          time: formatDateTime(current.updatedAt, language),
        })}
      </p>
      <dl className="conflict-values">
        <dt>{t('conflict.serverValue')}</dt>
        <dd data-testid={`conflict-server-${code}`}>
          {describeAnswer(indicator, current.answer, t, language)}
          {current.note ? <span className="conflict-note">{t('answer.note', { note: current.note })}</span> : null}
        </dd>
        <dt>{t('conflict.yourValue')}</dt>
        <dd data-testid={`conflict-mine-${code}`}>
          {describeAnswer(indicator, mine.answer, t, language)}
          {mine.note ? <span className="conflict-note">{t('answer.note', { note: mine.note })}</span> : null}
        </dd>
      </dl>
      <div className="conflict-actions">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onTakeServers}>
          {t('conflict.takeServer')}
        </button>
      </div>
    </div>
  );
}
