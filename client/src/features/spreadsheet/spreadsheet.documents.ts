import { graphql } from '../../gql';

export const ApplySpreadsheetImportDocument = graphql(`
  mutation ApplySpreadsheetImport($batchId: ID!) {
    applySpreadsheetImport(batchId: $batchId) {
      __typename
      ... on SpreadsheetImportApplied {
        batchId
        year
        answerCount
        kecamatanCodes
      }
      ... on SpreadsheetImportRejected {
        code
        message
        problems {
          sheet
          row
          column
          header
          code
          message
        }
      }
      ... on ValidationError {
        ...ValidationErrorFields
      }
      ... on NotAllowedError {
        ...NotAllowedErrorFields
      }
    }
  }
`);
