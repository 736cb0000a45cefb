import { useTranslation } from 'react-i18next';
import type { TurnaroundGroupFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { ColumnHeader, NumberCell, RowHeader, ScoreTable } from '../scoring/ScoreTable';
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
  const numberColumns = ['decisionMedian', 'decisionP90', 'withinOne', 'waiting', 'resubmissionMedian'] as const;
  return (
    <ScoreTable
      label={t('turnaround.tableCaption')}
      className="turnaround-table"
      testId="turnaround-table"
      caption={t('turnaround.tableCaption')}
      head={
        <>
          <ColumnHeader>{t('queue.kecamatan')}</ColumnHeader>
          {numberColumns.map((column) => (
            <ColumnHeader key={column} num>
              {t(`turnaround.${column}`)}
            </ColumnHeader>
          ))}
        </>
      }
    >
      {groups.map((g) => (
        <tr key={g.code} data-testid={`turnaround-row-${g.code}`}>
          <RowHeader to={hrefOf(g.code)}>{g.name}</RowHeader>
          <NumberCell>{workDaysText(t, g.decision.medianWorkDays, language)}</NumberCell>
          <NumberCell>{workDaysText(t, g.decision.p90WorkDays, language)}</NumberCell>
          <NumberCell>{shareText(g.decision.withinOneWorkDayShare, language)}</NumberCell>
          <NumberCell>{formatNumber(g.decision.waiting, language)}</NumberCell>
          <NumberCell>{workDaysText(t, g.resubmission.medianWorkDays, language)}</NumberCell>
        </tr>
      ))}
    </ScoreTable>
  );
}
