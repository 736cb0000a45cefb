import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from '../scoring/CategoryBadge';
import type { MapValue } from './map-model';
import { TableScroll } from '../../shared/TableScroll';

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
      <TableScroll labelledBy="map-table-title">
        <table className="score-table" data-testid="map-table" aria-labelledby="map-table-title">
          <thead>
            <tr>
              <th scope="col">{t('scores.kecamatan')}</th>
              <th scope="col" className="num">
                {t('map.value')}
              </th>
              <th scope="col" className="num">
                {t('kecamatanScore.max')}
              </th>
              <th scope="col">{t('scores.category')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-testid={`map-row-${row.code}`} data-value={row.value}>
                <th scope="row">
                  <Link to={hrefOf(row.code)}>{row.name}</Link>
                </th>
                <td className="num">{formatNumber(row.value, language)}</td>
                <td className="num">{formatNumber(row.max, language)}</td>
                <td>
                  <CategoryBadge category={row.category} testId={`map-category-${row.code}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
