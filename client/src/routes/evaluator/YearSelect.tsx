import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '../../features/period/current-period';
import { InlineSelect } from './EvaluatorHeader';

export function YearSelect({
  periods,
  year,
  onChange,
}: {
  periods: readonly PeriodSummary[];
  year: number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const years = [...new Set([year, ...periods.map((p) => p.year)])].sort((a, b) => b - a);
  return (
    <InlineSelect
      id="year-select"
      label={t('scores.year')}
      value={year}
      onChange={(value) => onChange(Number(value))}
      testId="year-select"
    >
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </InlineSelect>
  );
}
