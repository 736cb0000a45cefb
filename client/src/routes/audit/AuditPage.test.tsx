import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { MeDocument } from '../../features/auth/auth.documents';
import { operatorUser } from '../../test/fixtures';
import { renderWithApollo } from '../../test/render';
import { filterFromParams, queryFilter, exportUrl } from '../../features/audit/audit-filter';
import AuditPage from './AuditPage';
import { AuditEntriesDocument, AuditKecamatansDocument } from './audit.documents';

const admin = {
  ...operatorUser,
  id: 'u-1',
  username: 'admin',
  displayName: 'Admin DP3A',
  role: 'ADMIN' as const,
  kecamatan: null,
};

function entry(id: string, action: string, before: unknown, after: unknown, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEntry' as const,
    id,
    at: '2026-03-02T03:15:00.000Z',
    username: 'evaluator',
    role: 'EVALUATOR',
    action,
    entityType: 'Submission',
    entityId: `sub-${id}`,
    kecamatanCode: '32.75.09',
    before,
    after,
    ...extra,
  };
}

const page = (edges: unknown[], hasNextPage = false, endCursor: string | null = null) => ({
  auditEntries: {
    __typename: 'AuditEntryConnection' as const,
    edges: edges.map((node, i) => ({ __typename: 'AuditEntryEdge' as const, cursor: `c${i}`, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
  },
});

const entriesMock = (
  filter: unknown,
  data: Record<string, unknown>,
  after: string | null = null,
): MockLink.MockedResponse => ({
  request: { query: AuditEntriesDocument, variables: { filter, first: 50, after } },
  result: { data },
  maxUsageCount: 3,
});

const baseMocks = (me: unknown): MockLink.MockedResponse[] => [
  { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: 5 },
  {
    request: { query: AuditKecamatansDocument },
    result: {
      data: {
        kecamatans: [
          { __typename: 'Kecamatan', code: '32.75.09', name: 'Jatiasih' },
          { __typename: 'Kecamatan', code: '32.75.02', name: 'Bekasi Barat' },
        ],
      },
    },
    maxUsageCount: 5,
  },
];

function Location() {
  return <output data-testid="location">{useLocation().search}</output>;
}

function renderPage(path: string, mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/jejak-audit" element={<AuditPage />} />
      </Routes>
      <Location />
    </MemoryRouter>,
    { mocks },
  );
}

describe('the audit page', () => {
  it('shows each entry as a card, the change in words and never JSON', async () => {
    const verified = entry(
      '12',
      'SUBMISSION_VERIFIED',
      { status: 'SUBMITTED', numerator: 12, version: 3 },
      { status: 'VERIFIED', numerator: 15, version: 4 },
    );
    renderPage('/jejak-audit', [...baseMocks(admin), entriesMock({}, page([verified]))]);
    const card = await screen.findByTestId('audit-entry-12');
    expect(card).toHaveTextContent('Diverifikasi');
    expect(card).toHaveTextContent('evaluator · Evaluator · Jatiasih');
    expect(within(card).getByTestId('audit-changes')).toHaveTextContent('Status: Diajukan → Diverifikasi');
    expect(within(card).getByTestId('audit-changes')).toHaveTextContent('Nilai pembilang 12 → 15');
    expect(card.textContent).not.toMatch(/[{}"]/);
  });

  it('applies the filters through the URL, the query and the Excel link, and pages on', async () => {
    const user = userEvent.setup();
    const filtered = { action: 'SUBMISSION_UPDATED', kecamatanCode: '32.75.02', username: 'op-3275-02' };
    const first = entry('30', 'SUBMISSION_UPDATED', { count: 1 }, { count: 2 }, { kecamatanCode: '32.75.02' });
    const older = entry('29', 'SUBMISSION_UPDATED', { count: 0 }, { count: 1 }, { kecamatanCode: '32.75.02' });
    renderPage('/jejak-audit', [
      ...baseMocks(admin),
      entriesMock({}, page([])),
      entriesMock(filtered, page([first], true, 'next')),
      entriesMock(filtered, page([older]), 'next'),
    ]);
    expect(await screen.findByTestId('audit-empty')).toBeVisible();
    await screen.findByRole('option', { name: 'Bekasi Barat' });
    await user.type(screen.getByTestId('audit-filter-username'), 'op-3275-02');
    await user.selectOptions(screen.getByTestId('audit-filter-kecamatanCode'), '32.75.02');
    await user.selectOptions(screen.getByTestId('audit-filter-action'), 'SUBMISSION_UPDATED');
    await user.click(screen.getByTestId('audit-apply'));
    expect(await screen.findByTestId('audit-entry-30')).toHaveTextContent('Nilai jumlah 1 → 2');
    const search = new URLSearchParams(screen.getByTestId('location').textContent!);
    expect(Object.fromEntries(search)).toEqual({
      pengguna: 'op-3275-02',
      kecamatan: '32.75.02',
      tindakan: 'SUBMISSION_UPDATED',
    });
    await user.click(screen.getByTestId('audit-more'));
    expect(await screen.findByTestId('audit-entry-29')).toBeVisible();
    expect(screen.queryByTestId('audit-more')).toBeNull();
  });

  it('offers an operator no kecamatan choice', async () => {
    renderPage('/jejak-audit', [...baseMocks(operatorUser), entriesMock({}, page([]))]);
    expect(await screen.findByTestId('audit-empty')).toBeVisible();
    expect(screen.getByText(/data kecamatan Anda/)).toBeVisible();
    expect(screen.queryByTestId('audit-filter-kecamatanCode')).toBeNull();
  });
});

describe('audit filter', () => {
  it('turns the days into WIB instants (the end day included) and builds the export link', () => {
    const values = filterFromParams(new URLSearchParams('dari=2026-03-01&sampai=2026-03-02&peran=OPERATOR&dari2=x'));
    expect(queryFilter(values)).toEqual({
      role: 'OPERATOR',
      since: '2026-02-28T17:00:00.000Z',
      until: '2026-03-02T17:00:00.000Z',
    });
    expect(exportUrl(values, 'en')).toBe(
      '/exports/audit.xlsx?role=OPERATOR&since=2026-02-28T17%3A00%3A00.000Z&until=2026-03-02T17%3A00%3A00.000Z&lang=en',
    );
    expect(filterFromParams(new URLSearchParams('dari=kemarin')).since).toBe('');
  });
});
