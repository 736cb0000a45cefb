import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, PreviousYearFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { describeAnswer } from './format-answer';
import { pointsChange } from './previous-year';
import './PreviousYearLine.css';

interface Props {
  indicator: IndicatorFieldsFragment;
  previous: PreviousYearFieldsFragment | null | undefined;
  /** Points of this year's answer; null when not answered yet (no change shown). */
  points: number | null;
  testId: string;
}

/** One compact line: "2025 (terverifikasi): 5 · 30 poin · +10 poin". Nothing when there was no answer. */
export function PreviousYearLine({ indicator, previous, points, testId }: Props) {
  const { t, i18n } = useTranslation();
  if (!previous) return null;
  const language = i18n.language;
  const change = pointsChange(previous, points);
  const sign = change != null && change > 0 ? '+' : '';
  return (
    <p className="previous-year" data-testid={testId}>
      <span className="previous-year-label">
        {t('previousYear.label', { year: previous.year, state: t(`status.${previous.state}`) })}
      </span>{' '}
      <span className="previous-year-value">{describeAnswer(indicator, previous.answer, t, language)}</span>
      {' · '}
      <span>{t('previousYear.points', { points: formatNumber(previous.points, language) })}</span>
      {change != null && (
        <span className={`previous-year-change previous-year-change--${Math.sign(change)}`}>
          {' · '}
          {t('previousYear.change', { change: `${sign}${formatNumber(change, language)}` })}
        </span>
      )}
    </p>
  );
}
