import { graphql } from '../gql';

/**
 * Selections of the typed errors that several result unions share, so every mutation reads them
 * the same way (and the shared mutation-failure mapping can rely on them).
 */
export const ValidationErrorFieldsFragment = graphql(`
  fragment ValidationErrorFields on ValidationError {
    code
    message
    fieldErrors {
      field
      code
      message
    }
  }
`);

/** An answer not (any more) in a state that allows the change; a bulk change adds `indicatorCode`. */
export const InvalidTransitionErrorFieldsFragment = graphql(`
  fragment InvalidTransitionErrorFields on InvalidTransitionError {
    code
    message
    currentStatus
  }
`);

export const NotAllowedErrorFieldsFragment = graphql(`
  fragment NotAllowedErrorFields on NotAllowedError {
    code
    message
  }
`);

export const PeriodClosedErrorFieldsFragment = graphql(`
  fragment PeriodClosedErrorFields on PeriodClosedError {
    code
    message
    year
  }
`);
