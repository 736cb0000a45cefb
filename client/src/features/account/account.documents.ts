import { graphql } from '../../gql';

export const UserAccountFieldsFragment = graphql(`
  fragment UserAccountFields on UserAccount {
    id
    username
    displayName
    role
    kecamatan {
      code
      name
    }
    active
    mustChangePassword
    lastLoginAt
  }
`);

/** What every account mutation answers (they all return UserAccountResult). */
export const UserAccountResultFieldsFragment = graphql(`
  fragment UserAccountResultFields on UserAccountResult {
    __typename
    ... on UserAccount {
      ...UserAccountFields
    }
    ... on ValidationError {
      ...ValidationErrorFields
    }
  }
`);

export const UsersDocument = graphql(`
  query Users {
    users {
      ...UserAccountFields
    }
    kecamatans {
      code
      name
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserAccountResultFields
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserAccountResultFields
    }
  }
`);

export const SetUserActiveDocument = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      ...UserAccountResultFields
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword) {
      ...UserAccountResultFields
    }
  }
`);

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    integrator {
      id
      username
      displayName
      active
    }
    createdAt
    revokedAt
    lastUsedAt
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on ApiTokenCreated {
        secret
        token {
          ...ApiTokenFields
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      __typename
      ... on ApiToken {
        ...ApiTokenFields
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
    }
  }
`);
