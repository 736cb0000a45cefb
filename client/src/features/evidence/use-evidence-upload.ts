import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import {
  type EvidenceFileProblem,
  type EvidenceTarget,
  type EvidenceUploadOutcome,
  type EvidenceUploadHandle,
  type UploadFieldError,
  checkEvidenceFile,
  uploadEvidence,
} from './evidence-uploader';
import { useEvidenceActions } from './use-evidence-actions';
import { useEvidenceOutbox, useQueuedEvidence } from '../outbox/OutboxProvider';
import type { EvidenceOutbox, EvidenceQueueItem } from '../outbox/evidence-outbox';

/** Why a file did not arrive; the component words it (evidence.upload.* keys). */
export type EvidenceUploadFailure =
  /** The browser's own check: nothing was sent. */
  | { kind: 'check'; problem: EvidenceFileProblem }
  | { kind: 'refused'; code: string; message: string; fieldErrors: UploadFieldError[] }
  | { kind: 'failed'; retryable: boolean; message: string };

export type EvidenceUploadState =
  | { phase: 'idle' }
  /** Accepted by the browser check, looking for an interrupted upload to resume. */
  | { phase: 'queued'; fileName: string }
  /** Kept on the phone (no connection): uploads by itself when the connection returns. */
  | { phase: 'waiting'; fileName: string }
  | { phase: 'uploading'; fileName: string; percent: number }
  | { phase: 'done'; fileName: string; evidenceId: string | null }
  | { phase: 'failed'; fileName: string; failure: EvidenceUploadFailure };

export interface EvidenceUpload {
  state: EvidenceUploadState;
  /** Checks the file in the browser, then uploads it (resuming an interrupted upload of it). */
  start: (file: File) => void;
  /** Sends the last failed file again: tus continues from the bytes the server already holds. */
  retry: () => void;
  /** Stops the running upload and discards it on the server. */
  cancel: () => void;
  /** Whether `retry` can help (network trouble, not a refusal). */
  canRetry: boolean;
}

type Refusal = Extract<EvidenceUploadOutcome, { kind: 'refused' }>;

function refusedState(
  fileName: string,
  outcome: Pick<Refusal, 'code' | 'message' | 'fieldErrors'>,
): EvidenceUploadState {
  return {
    phase: 'failed',
    fileName,
    failure: { kind: 'refused', code: outcome.code, message: outcome.message, fieldErrors: outcome.fieldErrors },
  };
}

/** Where an upload that has ended leaves the item (a retryable failure may be kept in the queue instead). */
function settledState(fileName: string, outcome: EvidenceUploadOutcome): EvidenceUploadState {
  switch (outcome.kind) {
    case 'uploaded':
      return { phase: 'done', fileName, evidenceId: outcome.evidenceId };
    case 'refused':
      return refusedState(fileName, outcome);
    case 'failed':
      return {
        phase: 'failed',
        fileName,
        failure: { kind: 'failed', retryable: outcome.retryable, message: outcome.message },
      };
    case 'cancelled':
      return { phase: 'idle' };
  }
}

/** A file in the queue (also after a reload) shows as waiting, or with its progress. */
function shownState(queued: EvidenceQueueItem | undefined, state: EvidenceUploadState): EvidenceUploadState {
  if (!queued) return state;
  return queued.percent == null
    ? { phase: 'waiting', fileName: queued.entry.name }
    : { phase: 'uploading', fileName: queued.entry.name, percent: queued.percent };
}

/** What the queue uploads for this item, whenever it does, is reported here too. */
function useQueueOutcomes(
  key: string,
  outbox: EvidenceOutbox | null,
  mountedRef: RefObject<boolean>,
  setState: (state: EvidenceUploadState) => void,
) {
  useEffect(
    () =>
      outbox?.onOutcome((of, outcome, fileName) => {
        if (of !== key || !mountedRef.current) return;
        if (outcome.kind === 'uploaded') setState({ phase: 'done', fileName, evidenceId: outcome.evidenceId });
        else if (outcome.kind === 'refused') setState(refusedState(fileName, outcome));
        else if (outcome.kind === 'failed')
          setState({
            phase: 'failed',
            fileName,
            failure: { kind: 'failed', retryable: false, message: outcome.message },
          });
      }),
    [key, mountedRef, outbox, setState],
  );
}

/** The running upload and whether the component is still there; leaving pauses the upload. */
function useUploadHandle() {
  const handleRef = useRef<EvidenceUploadHandle | null>(null);
  const mountedRef = useRef(true);
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      // Leaving the page: stop sending but keep the server's bytes, so the same file resumes later.
      void handleRef.current?.pause();
      handleRef.current = null;
    };
  }, []);
  return { handleRef, mountedRef };
}

/**
 * One checklist item's upload, one file at a time: the state a progress bar and a message need.
 * After an upload the kecamatan's submission list is reloaded (through useEvidenceActions), so the
 * file appears in the list together with "done", and a first upload's new submission reaches the card.
 */
export function useEvidenceUpload(target: EvidenceTarget): EvidenceUpload {
  const { reloadSubmissions } = useEvidenceActions();
  const [state, setState] = useState<EvidenceUploadState>({ phase: 'idle' });
  const { handleRef, mountedRef } = useUploadHandle();
  const lastFile = useRef<File | null>(null);
  const { year, kecamatanCode, indicatorCode, requirementCode } = target;
  const outbox = useEvidenceOutbox();
  const key = outbox?.keyOf(target) ?? '';
  const queued = useQueuedEvidence().find((item) => item.entry.key === key);
  useQueueOutcomes(key, outbox, mountedRef, setState);

  const keep = useCallback(
    (file: File) => {
      if (!outbox) return false;
      void outbox.enqueue(file, { year, kecamatanCode, indicatorCode, requirementCode });
      setState({ phase: 'waiting', fileName: file.name });
      return true;
    },
    [indicatorCode, kecamatanCode, outbox, requirementCode, year],
  );

  const start = useCallback(
    (file: File) => {
      if (handleRef.current) return; // one upload per item at a time
      lastFile.current = file;
      const check = checkEvidenceFile(file);
      if (!check.ok) {
        setState({ phase: 'failed', fileName: file.name, failure: { kind: 'check', problem: check.problem } });
        return;
      }
      // Offline: kept in the queue (IndexedDB) and uploaded when the connection returns.
      if (typeof navigator !== 'undefined' && navigator.onLine === false && keep(file)) return;
      setState({ phase: 'queued', fileName: file.name });
      const current = uploadEvidence(
        file,
        { year, kecamatanCode, indicatorCode, requirementCode },
        {
          onProgress: (sent, total) => {
            if (!mountedRef.current || handleRef.current !== current) return;
            const percent = total > 0 ? Math.min(100, Math.floor((sent / total) * 100)) : 0;
            setState({ phase: 'uploading', fileName: file.name, percent });
          },
        },
      );
      handleRef.current = current;
      void current.done.then(async (outcome) => {
        // The file shows up in the list at the same moment as "done".
        if (outcome.kind === 'uploaded') await reloadSubmissions({ year, kecamatanCode });
        if (handleRef.current === current) handleRef.current = null;
        if (!mountedRef.current) return;
        if (outcome.kind === 'uploaded') lastFile.current = null;
        if (outcome.kind === 'failed' && outcome.retryable && keep(file)) return;
        setState(settledState(file.name, outcome));
      });
    },
    [handleRef, indicatorCode, kecamatanCode, keep, mountedRef, reloadSubmissions, requirementCode, year],
  );

  const retry = useCallback(() => {
    if (lastFile.current) start(lastFile.current);
  }, [start]);

  const cancel = useCallback(() => {
    const current = handleRef.current;
    if (!current) return;
    handleRef.current = null;
    lastFile.current = null;
    setState({ phase: 'idle' });
    void current.cancel();
  }, [handleRef]);

  // A retryable failure comes only from `start`, which keeps its file until it is done or cancelled.
  const canRetry = state.phase === 'failed' && state.failure.kind === 'failed' && state.failure.retryable;
  return { state: shownState(queued, state), start, retry, cancel, canRetry };
}
