import { graphql } from '../../gql';

/** The bell: one cheap count, polled. */
export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    year
    kecamatanCode
    kecamatanName
    indicatorCode
    indicatorName
    indicatorNameEn
    reason
    count
    username
    link
    createdAt
    readAt
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      items {
        ...NotificationFields
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean!) {
    markNotificationsRead(ids: $ids, all: $all) {
      __typename
      ... on NotificationsMarked {
        marked
        unreadCount
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email) {
      __typename
      ... on NotificationPreference {
        kind
        email
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const NotificationEmailDocument = graphql(`
  query NotificationEmail {
    notificationEmail
  }
`);

export const SetNotificationEmailDocument = graphql(`
  mutation SetNotificationEmail($email: String) {
    setNotificationEmail(email: $email) {
      __typename
      ... on NotificationEmail {
        email
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);
