import { graphql } from '../../gql';

export const SessionUserFieldsFragment = graphql(`
  fragment SessionUserFields on User {
    id
    username
    displayName
    role
    kecamatan {
      code
      name
    }
    mustChangePassword
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ... on LoginSuccess {
        expiresAt
        user {
          ...SessionUserFields
        }
      }
      ... on InvalidCredentialsError {
        code
        message
      }
      ... on TooManyAttemptsError {
        code
        message
        retryAfterSeconds
        locked
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ... on User {
        ...SessionUserFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const LogoutEverywhereDocument = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);
