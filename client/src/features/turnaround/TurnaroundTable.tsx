import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TurnaroundGroupFieldsFragment } from '../../gql/graphql';
import { TableScroll } from '../../shared/TableScroll';
import { formatNumber } from '../../shared/format';
import { shareText, workDaysText } from './turnaround-format';

/** The scoreboard's turnaround per kecamatan: median, p90, share within a working day, waiting. */
export function TurnaroundTable({
  groups,
  hrefOf,
}: {
  groups: readonly TurnaroundGroupFieldsFragment[];
  hrefOf: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (groups.length === 0) return null;
  return (
    <TableScroll label={t('turnaround.tableCaption')}>
      <table className="score-table turnaround-table" data-testid="turnaround-table">
        <caption>{t('turnaround.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.kecamatan')}</th>
            <th scope="col" className="num">
              {t('turnaround.decisionMedian')}
            </th>
            <th scope="col" className="num">
              {t('turnaround.decisionP90')}
            </th>
            <th scope="col" className="num">
              {t('turnaround.withinOne')}
            </th>
            <th scope="col" className="num">
              {t('turnaround.waiting')}
            </th>
            <th scope="col" className="num">
              {t('turnaround.resubmissionMedian')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.code} data-testid={`turnaround-row-${g.code}`}>
              <th scope="row">
                <Link to={hrefOf(g.code)}>{g.name}</Link>
              </th>
              <td className="num">{workDaysText(t, g.decision.medianWorkDays, language)}</td>
              <td className="num">{workDaysText(t, g.decision.p90WorkDays, language)}</td>
              <td className="num">{shareText(g.decision.withinOneWorkDayShare, language)}</td>
              <td className="num">{formatNumber(g.decision.waiting, language)}</td>
              <td className="num">{workDaysText(t, g.resubmission.medianWorkDays, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
