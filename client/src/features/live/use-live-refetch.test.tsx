import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { useQuery } from '@apollo/client/react';
import { renderWithApollo } from '../../test/render';
import { KecamatanListDocument } from '../../routes/evaluator/evaluator.documents';
import { ScoresChangedDocument } from '../insight/insight.documents';
import { LiveStatus } from './LiveStatus';
import { setLiveConnectionState } from './live-connection';
import { useLiveRefetch } from './use-live-refetch';

function kecamatans(names: string[]) {
  return {
    data: { kecamatans: names.map((name, i) => ({ __typename: 'Kecamatan' as const, code: `32.75.0${i + 1}`, name })) },
  };
}

function Page({ kecamatanCode }: { kecamatanCode?: string }) {
  const { data } = useQuery(KecamatanListDocument);
  const live = useLiveRefetch(2026, [KecamatanListDocument], { kecamatanCode });
  return (
    <>
      <LiveStatus status={live.status} />
      <p data-testid="names">{data?.kecamatans.map((k) => k.name).join(',')}</p>
    </>
  );
}

const event = (kecamatanCode: string) => ({
  request: { query: ScoresChangedDocument, variables: { year: 2026 } },
  delay: 30,
  result: {
    data: {
      scoresChanged: {
        __typename: 'ScoresChangedEvent' as const,
        year: 2026,
        kecamatanCode,
        reason: 'VERIFIED' as const,
        at: '2026-05-01T00:00:00Z',
      },
    },
  },
});

/** Runs the timers due within `ms` (the mocked deliveries, the coalescing timer) and all they set off. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  setLiveConnectionState('idle');
});

describe('useLiveRefetch', () => {
  it('refetches the page queries on a scoresChanged event, within a second and without a reload', async () => {
    renderWithApollo(<Page />, {
      mocks: [
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih']) },
        event('32.75.09'),
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih', 'Bantargebang']) },
      ],
    });
    await advance(0);
    expect(screen.getByTestId('names')).toHaveTextContent(/^Jatiasih$/);
    // The event arrives after 30 ms; the refetch must have landed within a second of it.
    await advance(30);
    await advance(1000);
    expect(screen.getByTestId('names')).toHaveTextContent(/^Jatiasih,Bantargebang$/);
  });

  it('ignores events of another kecamatan when following one', async () => {
    renderWithApollo(<Page kecamatanCode="32.75.01" />, {
      mocks: [
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih']) },
        event('32.75.09'),
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih', 'Bantargebang']) },
      ],
    });
    await advance(0);
    expect(screen.getByTestId('names')).toHaveTextContent(/^Jatiasih$/);
    // Well past the event and any coalescing delay: a refetch would have landed by now.
    await advance(30);
    await advance(1000);
    expect(screen.getByTestId('names')).toHaveTextContent(/^Jatiasih$/);
  });

  it('shows "Langsung" while connected and "Terputus" when the socket closes', async () => {
    renderWithApollo(<Page />, {
      mocks: [
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih']) },
        { ...event('32.75.09'), delay: Infinity },
      ],
    });
    act(() => setLiveConnectionState('connected'));
    await advance(0);
    expect(screen.getByTestId('live-status')).toHaveTextContent('Langsung');
    act(() => setLiveConnectionState('closed'));
    await advance(0);
    expect(screen.getByText('Terputus')).toBeInTheDocument();
    expect(screen.getByTestId('live-status')).toHaveAttribute('data-state', 'offline');
  });
});
