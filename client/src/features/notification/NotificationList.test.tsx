import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { renderWithApollo } from '../../test/render';
import { NotificationList } from './NotificationList';
import { MarkNotificationsReadDocument } from './notification.documents';

const returned = {
  __typename: 'Notification' as const,
  id: '5b2f1d1e-0000-4000-8000-000000000001',
  kind: 'ANSWER_RETURNED' as const,
  year: 2026,
  kecamatanCode: '32.75.09',
  kecamatanName: 'Jatiasih',
  indicatorCode: 'K1-04',
  indicatorName: 'Akta Kelahiran',
  indicatorNameEn: 'Birth certificates',
  reason: 'Penyebut tidak sesuai data Dukcapil',
  count: null,
  username: null,
  link: '/isian?tahun=2026#indicator-card-K1-04',
  createdAt: '2026-03-02T03:00:00.000Z',
  readAt: null,
};

function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

describe('NotificationList', () => {
  it('words each item in Bahasa Indonesia; choosing one marks it read and opens its card', async () => {
    const user = userEvent.setup();
    const mark = {
      request: { query: MarkNotificationsReadDocument, variables: { ids: [returned.id], all: false } },
      result: { data: { markNotificationsRead: { __typename: 'NotificationsMarked', marked: 1, unreadCount: 0 } } },
    };
    renderWithApollo(
      <MemoryRouter initialEntries={['/notifikasi']}>
        <Routes>
          <Route path="/notifikasi" element={<NotificationList items={[returned]} />} />
          <Route path="/isian" element={<Where />} />
        </Routes>
      </MemoryRouter>,
      { mocks: [mark] },
    );
    const item = screen.getByTestId('notification-ANSWER_RETURNED');
    expect(item).toHaveTextContent('K1-04 Akta Kelahiran dikembalikan evaluator: Penyebut tidak sesuai data Dukcapil');
    expect(item).toHaveTextContent('belum dibaca');
    await user.click(screen.getByRole('button'));
    expect(await screen.findByTestId('where')).toHaveTextContent('/isian?tahun=2026#indicator-card-K1-04');
  });
});
