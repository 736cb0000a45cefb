import { graphql } from '../../gql';

/** One page of the audit trail, newest first, as the audit page filters it. */
export const AuditEntriesDocument = graphql(`
  query AuditEntries($filter: AuditEntriesFilter, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after, orderBy: ID_DESC) {
      edges {
        cursor
        node {
          id
          at
          username
          role
          action
          entityType
          entityId
          kecamatanCode
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The kecamatan names of the filter and the entries. */
export const AuditKecamatansDocument = graphql(`
  query AuditKecamatans {
    kecamatans {
      code
      name
    }
  }
`);
