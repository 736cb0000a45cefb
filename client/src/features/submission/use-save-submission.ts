import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { type SaveSubmissionOutcome, type SaveSubmissionRequest, saveSubmission } from './submission-saver';

export type { SaveSubmissionOutcome, SaveSubmissionRequest, SavedSubmission, SaveFieldError } from './submission-saver';

export type SaveSubmissionFn = (request: SaveSubmissionRequest) => Promise<SaveSubmissionOutcome>;

/** The only way components save an answer: binds `saveSubmission` to the app's Apollo client. */
export function useSaveSubmission(): SaveSubmissionFn {
  const client = useApolloClient();
  return useCallback((request: SaveSubmissionRequest) => saveSubmission(client, request), [client]);
}
