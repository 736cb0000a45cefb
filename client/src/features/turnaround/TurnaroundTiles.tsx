import { useTranslation } from 'react-i18next';
import type { TurnaroundGroupFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { shareText, workDaysText } from './turnaround-format';
import './turnaround.css';

/** One tile per figure: how fast answers are decided and returned answers resubmitted. */
export function TurnaroundTiles({ group, title }: { group: TurnaroundGroupFieldsFragment; title: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { decision, resubmission } = group;
  const tiles = [
    { id: 'median', label: t('turnaround.decisionMedian'), value: workDaysText(t, decision.medianWorkDays, language) },
    { id: 'p90', label: t('turnaround.decisionP90'), value: workDaysText(t, decision.p90WorkDays, language) },
    { id: 'share', label: t('turnaround.withinOne'), value: shareText(decision.withinOneWorkDayShare, language) },
    {
      id: 'waiting',
      label: t('turnaround.waiting'),
      value: formatNumber(decision.waiting, language),
      note:
        decision.oldestWaitingWorkDays != null
          ? t('turnaround.oldest', { value: workDaysText(t, decision.oldestWaitingWorkDays, language) })
          : null,
    },
    {
      id: 'resubmission',
      label: t('turnaround.resubmissionMedian'),
      value: workDaysText(t, resubmission.medianWorkDays, language),
    },
  ];
  return (
    <section className="turnaround" aria-label={title} data-testid="turnaround-tiles">
      <h2 className="turnaround-title">{title}</h2>
      <ul className="turnaround-tiles">
        {tiles.map((tile) => (
          <li key={tile.id} className="turnaround-tile" data-testid={`turnaround-${tile.id}`}>
            <span className="turnaround-tile-label">{tile.label}</span>
            <span className="turnaround-tile-value">{tile.value}</span>
            {tile.note && <span className="turnaround-tile-note">{tile.note}</span>}
          </li>
        ))}
      </ul>
      <p className="turnaround-basis">{t('turnaround.basis', { count: decision.count })}</p>
    </section>
  );
}
