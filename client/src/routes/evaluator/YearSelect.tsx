import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '../../features/period/current-period';

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
    <div className="field field--inline">
      <label htmlFor="year-select" className="field-label">
        {t('scores.year')}
      </label>
      <select
        id="year-select"
        value={year}
        onChange={(e) => onChange(Number(e.target.value))}
        data-testid="year-select"
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
