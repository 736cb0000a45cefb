import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { CategoryCell, ColumnHeader, NumberCell, RowHeader, ScoreTable } from '../scoring/ScoreTable';
import type { MapValue } from './map-model';

/** The map's numbers as a table (same values, same bands), highest first. */
export function MapValueTable({
  values,
  caption,
  hrefOf,
}: {
  values: ReadonlyMap<string, MapValue>;
  caption: string;
  hrefOf: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = [...values.values()].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'id'));
  return (
    <>
      <h2 id="map-table-title" className="table-title">
        {caption}
      </h2>
      <ScoreTable
        labelledBy="map-table-title"
        aria-labelledby="map-table-title"
        testId="map-table"
        head={
          <>
            <ColumnHeader>{t('scores.kecamatan')}</ColumnHeader>
            <ColumnHeader num>{t('map.value')}</ColumnHeader>
            <ColumnHeader num>{t('kecamatanScore.max')}</ColumnHeader>
            <ColumnHeader>{t('scores.category')}</ColumnHeader>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.code} data-testid={`map-row-${row.code}`} data-value={row.value}>
            <RowHeader to={hrefOf(row.code)}>{row.name}</RowHeader>
            <NumberCell>{formatNumber(row.value, language)}</NumberCell>
            <NumberCell>{formatNumber(row.max, language)}</NumberCell>
            <CategoryCell category={row.category} testId={`map-category-${row.code}`} />
          </tr>
        ))}
      </ScoreTable>
    </>
  );
}
