import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { formatDateTimeWib } from '../../shared/format';
import { useLastFetched } from './last-fetched';
import { useOnline } from './use-online';
import './OfflineMarker.css';

/** A failure that says nothing about the data (no connection, server unreachable), not a GraphQL error. */
export function isConnectionError(error: unknown): boolean {
  return error != null && !CombinedGraphQLErrors.is(error);
}

/**
 * "Luring — data terakhir <waktu>": the page shows cached data because the device is offline or
 * the last request could not reach the server. Nothing while online and fresh.
 */
export function OfflineMarker({ error }: { error?: unknown }) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const fetchedAt = useLastFetched();
  if (online && !isConnectionError(error)) return null;
  return (
    <p className="offline-marker" role="status" data-testid="offline-marker">
      {fetchedAt
        ? t('offline.lastData', { time: formatDateTimeWib(fetchedAt, i18n.language) })
        : t('offline.lastDataUnknown')}
    </p>
  );
}
