import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../app/apollo';
import { KECAMATAN, YEAR, submission, yesNoIndicator } from '../../test/fixtures';
import { IndicatorCard } from '../submission/IndicatorCard';
import { OutboxProvider, useOutbox } from './OutboxProvider';
import { OutboxStatus } from './OutboxStatus';
import { type OutboxStore, createMemoryOutboxStore } from './outbox-store';
import type { AnswerOutbox } from './answer-outbox';

const stored = submission({
  indicatorCode: 'K2-08',
  version: 4,
  answer: {
    __typename: 'Answer',
    numerator: null,
    denominator: null,
    percentage: null,
    count: null,
    yes: false,
    option: null,
  },
});

function Expose({ onOutbox }: { onOutbox: (outbox: AnswerOutbox | null) => void }) {
  const outbox = useOutbox();
  useEffect(() => onOutbox(outbox), [onOutbox, outbox]);
  return null;
}

function renderApp(store: OutboxStore, userId = 'op-1') {
  const handle: { outbox: AnswerOutbox | null } = { outbox: null };
  const utils = render(
    <MockedProvider mocks={[]} cache={createCache()}>
      <OutboxProvider userId={userId} store={store}>
        <OutboxStatus />
        <Expose onOutbox={(outbox) => void (handle.outbox = outbox)} />
        <IndicatorCard indicator={yesNoIndicator} submission={stored} year={YEAR} kecamatanCode={KECAMATAN} />
      </OutboxProvider>
    </MockedProvider>,
  );
  return { ...utils, handle };
}

function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
}

describe('queued answers on screen', () => {
  it('counts waiting changes in the header and shows the queued value over the server’s after a reload', async () => {
    setOnline(false);
    const store = createMemoryOutboxStore();
    const user = userEvent.setup();
    const first = renderApp(store);
    expect(screen.queryByTestId('outbox-status')).toBeNull();
    await user.click(within(screen.getByTestId('indicator-K2-08')).getByRole('radio', { name: 'Ya' }));
    await waitFor(() => expect(screen.getByTestId('outbox-status')).toHaveTextContent('1 perubahan menunggu'));
    expect(screen.getByTestId('save-state-K2-08')).toHaveTextContent('Menunggu koneksi');
    first.unmount();

    // "Reload": a new tree on the same store; the server still says "Tidak".
    renderApp(store);
    const card = screen.getByTestId('indicator-K2-08');
    await waitFor(() => expect(within(card).getByRole('radio', { name: 'Ya' })).toBeChecked());
    expect(screen.getByTestId('save-state-K2-08')).toHaveTextContent('Menunggu koneksi');
    expect(screen.getByTestId('outbox-status')).toHaveTextContent('1 perubahan menunggu');
    setOnline(true);
  });

  it('shows both values of a conflict kept in the queue', async () => {
    const store = createMemoryOutboxStore();
    const theirs = {
      ...stored,
      version: 5,
      answer: { ...stored.answer!, yes: false },
      updatedBy: { __typename: 'UserSummary' as const, username: 'op-lain', displayName: 'Operator Lain' },
    };
    await store.put({
      key: `op-1|${YEAR}|${KECAMATAN}|K2-08`,
      userId: 'op-1',
      seq: 1,
      revision: 1,
      state: 'conflict',
      waiting: false,
      conflict: theirs,
      updatedAt: 0,
      request: {
        year: YEAR,
        kecamatanCode: KECAMATAN,
        indicatorCode: 'K2-08',
        measureType: 'YES_NO',
        optionValues: [],
        draft: { answer: { yes: true }, note: null },
        expectedVersion: 3,
      },
    });
    const { handle } = renderApp(store);
    const conflict = await screen.findByTestId('conflict-K2-08');
    expect(within(conflict).getByTestId('conflict-server-K2-08')).toHaveTextContent('Tidak');
    expect(within(conflict).getByTestId('conflict-mine-K2-08')).toHaveTextContent('Ya');
    expect(conflict).toHaveTextContent('Operator Lain');
    expect(screen.getByTestId('save-state-K2-08')).toHaveAttribute('data-state', 'conflict');
    await act(() => userEvent.setup().click(within(conflict).getByRole('button', { name: 'Pakai nilai server' })));
    await waitFor(() => expect(screen.queryByTestId('outbox-status')).toBeNull());
    expect(within(screen.getByTestId('indicator-K2-08')).getByRole('radio', { name: 'Tidak' })).toBeChecked();
    expect(handle.outbox?.entries()).toEqual([]);
  });

  it('shows nothing of another user’s queue', async () => {
    const store = createMemoryOutboxStore();
    setOnline(false);
    const first = renderApp(store, 'op-1');
    await userEvent.setup().click(within(screen.getByTestId('indicator-K2-08')).getByRole('radio', { name: 'Ya' }));
    await waitFor(() => expect(screen.getByTestId('outbox-status')).toBeInTheDocument());
    first.unmount();
    renderApp(store, 'op-2');
    await act(async () => {});
    expect(screen.queryByTestId('outbox-status')).toBeNull();
    expect(within(screen.getByTestId('indicator-K2-08')).getByRole('radio', { name: 'Tidak' })).toBeChecked();
    setOnline(true);
  });
});
