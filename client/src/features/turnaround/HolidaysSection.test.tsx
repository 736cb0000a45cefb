import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../test/render';
import { HolidaysSection } from './HolidaysSection';
import { HolidaysDocument, SetHolidayDocument } from './turnaround.documents';

const year = new Date().getFullYear();
const holiday = {
  __typename: 'Holiday' as const,
  date: `${year}-08-17`,
  name: 'Proklamasi Kemerdekaan',
  kind: 'NATIONAL' as const,
  source: 'SKB 3 Menteri',
};
const listMock = {
  request: { query: HolidaysDocument, variables: { year } },
  result: { data: { holidays: [holiday] } },
};

describe('HolidaysSection', () => {
  it("lists the year's holidays with their source and kind", async () => {
    renderWithApollo(<HolidaysSection />, { mocks: [listMock] });
    const row = await screen.findByTestId(`holiday-row-${year}-08-17`);
    expect(row).toHaveTextContent('Proklamasi Kemerdekaan');
    expect(row).toHaveTextContent('SKB 3 Menteri');
    expect(row).toHaveTextContent('Libur nasional');
    expect(within(row).getByRole('button', { name: `Hapus Proklamasi Kemerdekaan (${year}-08-17)` })).toBeVisible();
  });

  it('says which field the server refused', async () => {
    const user = userEvent.setup();
    const refused = {
      request: {
        query: SetHolidayDocument,
        variables: { input: { date: '', name: 'Libur', kind: 'NATIONAL', source: null } },
      },
      result: {
        data: {
          setHoliday: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'date must be a calendar date YYYY-MM-DD',
            fieldErrors: [
              {
                __typename: 'FieldError',
                field: 'date',
                code: 'INVALID_DATE',
                message: 'date must be a calendar date',
              },
            ],
          },
        },
      },
    };
    renderWithApollo(<HolidaysSection />, { mocks: [listMock, refused] });
    await screen.findByTestId('holidays-table');
    await user.type(screen.getByTestId('holiday-name'), 'Libur');
    await user.click(screen.getByTestId('holiday-save'));
    expect(await screen.findByTestId('holiday-message')).toHaveTextContent(
      'Tanggal: Tanggal harus berupa tanggal kalender YYYY-MM-DD.',
    );
  });
});
