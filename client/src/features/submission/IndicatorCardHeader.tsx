import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionStatus } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { indicatorText } from '../../shared/localized';
import type { AutosavePhase } from './autosave-state';
import { SaveStateBadge } from './SaveStateBadge';
import { StatusBadge } from './StatusBadge';
import type { SavedSubmission } from './submission-saver';
import './IndicatorCardHeader.css';

interface Props {
  indicator: IndicatorFieldsFragment;
  headingId: string;
  status: SubmissionStatus;
  saveState: AutosavePhase;
  /** The stored submission (points are the server's). */
  stored: SavedSubmission | null;
}

/** Number, short name, badges, full name, code and points of one indicator card. */
export function IndicatorCardHeader({ indicator, headingId, status, saveState, stored }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { code } = indicator;
  return (
    <>
      <header className="indicator-header">
        <h3 id={headingId} className="indicator-title">
          <span className="indicator-number">{indicator.number}.</span>{' '}
          {indicatorText(indicator, 'shortName', language)}
        </h3>
        <div className="indicator-badges">
          <StatusBadge status={status} testId={`status-${code}`} />
          <SaveStateBadge code={code} state={saveState} />
        </div>
      </header>
      <p className="indicator-name">{indicatorText(indicator, 'name', language)}</p>
      <p className="indicator-meta">
        <span className="indicator-code">{code}</span>
        <span>
          {stored?.answer
            ? t('indicator.points', {
                points: formatNumber(stored.points, language),
                max: formatNumber(indicator.maxPoints, language),
              })
            : t('indicator.maxPoints', { points: formatNumber(indicator.maxPoints, language) })}
        </span>
      </p>
    </>
  );
}
