import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { OfflineMarker } from './OfflineMarker';
import { setLastFetched } from './last-fetched';

afterEach(() => {
  vi.restoreAllMocks();
  setLastFetched(null);
});

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => void window.dispatchEvent(new Event('offline')));
}

describe('OfflineMarker', () => {
  it('is absent online without a connection error', () => {
    render(<OfflineMarker />);
    expect(screen.queryByTestId('offline-marker')).not.toBeInTheDocument();
  });

  it('says "Luring — data terakhir" with the time of the last server data in WIB when offline', () => {
    setLastFetched('2026-12-02T07:05:00.000Z');
    render(<OfflineMarker />);
    goOffline();
    expect(screen.getByTestId('offline-marker')).toHaveTextContent(/^Luring — data terakhir .*14\.05 WIB$/);
  });

  it('shows for a failed request while the browser still believes it is online, not for a GraphQL error', () => {
    const { rerender } = render(<OfflineMarker error={new TypeError('Failed to fetch')} />);
    expect(screen.getByTestId('offline-marker')).toHaveTextContent('Luring');
    rerender(<OfflineMarker error={new CombinedGraphQLErrors({ errors: [{ message: 'nope' }] })} />);
    expect(screen.queryByTestId('offline-marker')).not.toBeInTheDocument();
  });
});
