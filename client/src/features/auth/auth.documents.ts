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
