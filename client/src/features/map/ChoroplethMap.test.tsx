import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import geoJson from './kota-bekasi-kecamatan.json';
import { ChoroplethMap, type KecamatanGeo } from './ChoroplethMap';
import { MapValueTable } from './MapValueTable';
import { mapValues } from './map-model';
import { categoryOf } from '@kecala/domain';
import { scoreboardRow } from '../../test/score-fixtures';

const geo = geoJson as unknown as KecamatanGeo;
// One row per kecamatan of the boundaries, totals 100, 160, … (clusters KEL..K5 add up to it).
const rows = geo.features.map((feature, index) => {
  const total = 100 + index * 80;
  return scoreboardRow(
    feature.properties.kode,
    feature.properties.nama,
    [total / 2, total / 4, total / 4, 0, 0, 0],
    categoryOf(total),
  );
});

describe('ChoroplethMap', () => {
  it('draws one area per kecamatan with the value given, and the table shows the same numbers', () => {
    const values = mapValues(rows, 'total', 'self');
    render(
      <>
        <ChoroplethMap geo={geo} values={values} scale="total" hrefOf={(c) => `/skor/kecamatan/${c}`} title="Peta" />
        <MapValueTable values={values} caption="Tabel" hrefOf={(c) => `/skor/kecamatan/${c}`} />
      </>,
      { wrapper: MemoryRouter },
    );
    const map = screen.getByTestId('kecamatan-map');
    const areas = map.querySelectorAll('[data-testid^="map-area-"]');
    expect(areas).toHaveLength(12);
    for (const row of rows) {
      const area = screen.getByTestId(`map-area-${row.code}`);
      expect(area.tagName.toLowerCase()).toBe('path');
      expect(area.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(Number(area.getAttribute('data-value'))).toBe(row.total);
      const tableRow = screen.getByTestId(`map-row-${row.code}`);
      expect(Number(tableRow.dataset.value)).toBe(row.total);
      expect(within(tableRow).getAllByRole('cell')[0].textContent).toBe(
        new Intl.NumberFormat('id-ID').format(row.total),
      );
      // The band shows on the map (data-category) and in the table (badge text).
      expect(within(tableRow).getByTestId(`map-category-${row.code}`).dataset.category).toBe(
        area.getAttribute('data-category'),
      );
    }
    // 100 + 5·80 = 500 → Pratama (inclusive); 580 → Pratama; 660 → Madya.
    expect(screen.getByTestId('map-area-32.75.06').getAttribute('data-category')).toBe('PRATAMA');
    expect(screen.getByTestId('map-area-32.75.08').getAttribute('data-category')).toBe('MADYA');
  });

  it('bands a cluster on its share of the maximum and shows a tooltip on focus', async () => {
    const user = userEvent.setup();
    // KEL max 170: 32.75.12 has KEL = (100 + 11·80)/2 = 490 > max in this synthetic set; use K2 instead (max 180).
    const values = mapValues(rows, 'cluster:K2', 'self');
    render(<ChoroplethMap geo={geo} values={values} scale="share" hrefOf={(c) => `/k/${c}`} title="Peta K2" />, {
      wrapper: MemoryRouter,
    });
    expect(Number(screen.getByTestId('map-area-32.75.01').getAttribute('data-value'))).toBe(25);
    await user.tab();
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent('Bekasi Timur: 25 dari 180');
    expect(screen.getByTestId('map-legend')).toHaveTextContent('Pratama (50–60%)');
  });
});
