import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../shared/admin/AdminTable';
import { formatDate } from '../../shared/format';
import { HolidayForm, holidayOutcomeText } from './HolidayForm';
import { HolidaysDocument } from './turnaround.documents';
import { useHolidays } from './use-holidays';

/** Admin (on Periode): the year's national holidays and cuti bersama, which the turnaround skips. */
export function HolidaysSection() {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [message, setMessage] = useState<string | null>(null);
  const { data } = useQuery(HolidaysDocument, { variables: { year } });
  const holidays = useHolidays();
  const report = async (outcome: Parameters<typeof holidayOutcomeText>[1]) =>
    setMessage(holidayOutcomeText(t, outcome));
  return (
    <section className="holidays-section" aria-labelledby="holidays-title" data-testid="holidays-section">
      <h2 id="holidays-title">{t('holidayAdmin.title')}</h2>
      <p>{t('holidayAdmin.intro')}</p>
      <div className="field field--inline">
        <label htmlFor="holiday-year" className="field-label">
          {t('holidayAdmin.year')}
        </label>
        <select id="holiday-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <HolidayForm
        onSave={async (values) => report(await holidays.save({ ...values, source: values.source || null }))}
      />
      {message && (
        <p className="form-message" role="status" data-testid="holiday-message">
          {message}
        </p>
      )}
      {data && data.holidays.length === 0 && <p>{t('holidayAdmin.empty')}</p>}
      {data && data.holidays.length > 0 && (
        <AdminTable
          caption={t('holidayAdmin.title')}
          testId="holidays-table"
          columns={[t('holidayAdmin.date'), t('holidayAdmin.name'), t('holidayAdmin.kind'), t('account.actions')]}
        >
          {data.holidays.map((h) => (
            <tr key={h.date} data-testid={`holiday-row-${h.date}`}>
              <th scope="row" data-label={t('holidayAdmin.date')}>
                {formatDate(`${h.date}T00:00:00`, i18n.language)}
              </th>
              <td data-label={t('holidayAdmin.name')}>
                {h.name}
                {h.source && <div className="field-hint">{h.source}</div>}
              </td>
              <td data-label={t('holidayAdmin.kind')}>{t(`holidayAdmin.${h.kind}`)}</td>
              <td data-label={t('account.actions')}>
                <button
                  type="button"
                  className="button"
                  aria-label={t('holidayAdmin.deleteLabel', { name: h.name, date: h.date })}
                  onClick={async () => report(await holidays.remove(h.date))}
                >
                  {t('holidayAdmin.delete')}
                </button>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
