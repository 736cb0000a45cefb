import { afterEach, describe, expect, it } from 'vitest';
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

afterEach(() => setLiveConnectionState('idle'));

describe('useLiveRefetch', () => {
  it('refetches the page queries on a scoresChanged event, within a second and without a reload', async () => {
    renderWithApollo(<Page />, {
      mocks: [
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih']) },
        event('32.75.09'),
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih', 'Bantargebang']) },
      ],
    });
    expect(await screen.findByText('Jatiasih')).toBeInTheDocument();
    expect(await screen.findByText('Jatiasih,Bantargebang')).toBeInTheDocument();
  });

  it('ignores events of another kecamatan when following one', async () => {
    renderWithApollo(<Page kecamatanCode="32.75.01" />, {
      mocks: [
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih']) },
        event('32.75.09'),
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih', 'Bantargebang']) },
      ],
    });
    expect(await screen.findByText('Jatiasih')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.getByTestId('names')).toHaveTextContent(/^Jatiasih$/);
  });

  it('shows "Langsung" while connected and "Terputus" when the socket closes', async () => {
    renderWithApollo(<Page />, {
      mocks: [
        { request: { query: KecamatanListDocument }, result: kecamatans(['Jatiasih']) },
        { ...event('32.75.09'), delay: 60_000 },
      ],
    });
    act(() => setLiveConnectionState('connected'));
    expect(await screen.findByTestId('live-status')).toHaveTextContent('Langsung');
    act(() => setLiveConnectionState('closed'));
    expect(await screen.findByText('Terputus')).toBeInTheDocument();
    expect(screen.getByTestId('live-status')).toHaveAttribute('data-state', 'offline');
  });
});
