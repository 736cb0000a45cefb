import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { AuditEntriesFilter } from '../../gql/graphql';
import { AuditEntriesDocument } from '../../routes/audit/audit.documents';

export const AUDIT_PAGE_SIZE = 50;

/** The filtered trail, newest first, a page at a time ("Muat lebih banyak" follows the cursor). */
export function useAuditEntries(filter: AuditEntriesFilter) {
  const [loadingMore, setLoadingMore] = useState(false);
  const query = useQuery(AuditEntriesDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const connection = query.data?.auditEntries;
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditEntries: {
            ...fetchMoreResult.auditEntries,
            edges: [...previous.auditEntries.edges, ...fetchMoreResult.auditEntries.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return {
    entries: connection?.edges.map((edge) => edge.node) ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    error: query.error,
    refetch: () => void query.refetch(),
    loadMore,
    loadingMore,
  };
}
