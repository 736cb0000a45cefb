import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EvidenceFileFieldsFragment } from '../../gql/graphql';
import {
  type EvidenceGroup,
  type EvidenceRequirementItem,
  formatFileSize,
  groupEvidence,
  requirementLabel,
} from './evidence-groups';
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from './evidence-uploader';
import { type RemoveEvidenceOutcome, useEvidenceActions } from './use-evidence-actions';
import { type EvidenceUploadFailure, type EvidenceUploadState, useEvidenceUpload } from './use-evidence-upload';
import { ConfirmGroup } from '../../shared/ConfirmGroup';
import { EvidenceFileSummary, FileError, RequiredMark } from './EvidenceFileParts';
import './evidence.css';

export interface IndicatorEvidenceListProps {
  year: number;
  kecamatanCode: string;
  indicatorCode: string;
  requirements: readonly EvidenceRequirementItem[];
  files: readonly EvidenceFileFieldsFragment[];
  editable: boolean;
}

/**
 * The operator's evidence checklist for one indicator: per item its label ("wajib" when required),
 * the attached files with the evaluator's verdict, and — while editable — upload and removal.
 */
export function IndicatorEvidenceList({
  year,
  kecamatanCode,
  indicatorCode,
  requirements,
  files,
  editable,
}: IndicatorEvidenceListProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const groups = groupEvidence(requirements, files);
  if (groups.length === 0) return null;
  return (
    <section
      className="evidence"
      aria-labelledby={headingId}
      data-testid={`evidence-${indicatorCode}`}
      data-editable={editable}
    >
      <h4 id={headingId} className="evidence-title">
        {t('evidence.title')}
      </h4>
      <ul className="evidence-items">
        {groups.map((group) => (
          <EvidenceItem
            key={group.code}
            group={group}
            label={requirementLabel(group, i18n.language) ?? t('evidence.otherItem', { code: group.code })}
            target={{ year, kecamatanCode, indicatorCode, requirementCode: group.code }}
            // Files of an item no longer on the checklist can be removed, not added to.
            canUpload={editable && group.requirement != null}
            editable={editable}
          />
        ))}
      </ul>
    </section>
  );
}

interface EvidenceItemProps {
  group: EvidenceGroup;
  label: string;
  target: { year: number; kecamatanCode: string; indicatorCode: string; requirementCode: string };
  canUpload: boolean;
  editable: boolean;
}

function EvidenceItem({ group, label, target, canUpload, editable }: EvidenceItemProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const testKey = `${target.indicatorCode}-${group.code}`;
  return (
    <li className="evidence-item" aria-labelledby={labelId}>
      <p className="evidence-item-label" id={labelId}>
        {label}
        <RequiredMark required={group.requirement?.required} />
      </p>
      {group.files.length === 0 ? (
        <p className="evidence-empty">{t('evidence.noFiles')}</p>
      ) : (
        <ul className="evidence-files">
          {group.files.map((file) => (
            <EvidenceFileRow key={file.id} file={file} testId={`evidence-file-${testKey}`} editable={editable} />
          ))}
        </ul>
      )}
      {canUpload && <EvidenceUploadControl target={target} itemLabel={label} testKey={testKey} />}
    </li>
  );
}

function removeMessage(t: TFunction, outcome: RemoveEvidenceOutcome): string | null {
  switch (outcome.kind) {
    case 'removed':
      return null;
    case 'invalid':
      return t('evidence.remove.invalid', { message: outcome.message });
    case 'notAllowed':
      return t('evidence.remove.notAllowed', { message: outcome.message });
    case 'periodClosed':
      return t('evidence.remove.periodClosed', { year: outcome.year });
    case 'failed':
      return outcome.retryable
        ? t('evidence.remove.network')
        : t('evidence.remove.failed', { message: outcome.message });
  }
}

interface EvidenceFileRowProps {
  file: EvidenceFileFieldsFragment;
  testId: string;
  editable: boolean;
}

type RemovePhase = 'idle' | 'confirming' | 'removing';

/** Removing a file: ask, then remove; an outcome other than "removed" is shown under the file. */
function useRemoveFile(fileId: string) {
  const { t } = useTranslation();
  const { remove } = useEvidenceActions();
  const [phase, setPhase] = useState<RemovePhase>('idle');
  const [error, setError] = useState<string | null>(null);

  async function confirmRemove() {
    setPhase('removing');
    setError(null);
    const outcome = await remove(fileId);
    // On success the row leaves the list with the cache update; nothing more to do.
    if (outcome.kind !== 'removed') {
      setError(removeMessage(t, outcome));
      setPhase('idle');
    }
  }
  const ask = () => {
    setError(null);
    setPhase('confirming');
  };
  return { phase, error, ask, cancel: () => setPhase('idle'), confirmRemove };
}

function EvidenceFileRow({ file, testId, editable }: EvidenceFileRowProps) {
  const { t } = useTranslation();
  const { phase, error, ask, cancel, confirmRemove } = useRemoveFile(file.id);
  const removeLabel = t('evidence.remove.buttonFor', { name: file.originalName });
  return (
    <li
      className={`evidence-file evidence-file--${file.verdict.toLowerCase()}`}
      data-testid={testId}
      data-verdict={file.verdict}
      data-file-id={file.id}
    >
      <EvidenceFileSummary file={file} />
      <div className="evidence-file-actions">
        <a
          className="button button--small"
          href={file.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('evidence.viewFile', { name: file.originalName })}
        >
          {t('evidence.view')}
        </a>
        {editable && phase !== 'confirming' && (
          <button
            type="button"
            className="button button--small button--danger"
            data-testid={`evidence-remove-${file.id}`}
            aria-label={removeLabel}
            disabled={phase === 'removing'}
            onClick={ask}
          >
            {phase === 'removing' ? t('evidence.remove.working') : t('evidence.remove.button')}
          </button>
        )}
      </div>
      {editable && phase === 'confirming' && (
        <ConfirmGroup
          className="evidence-confirm"
          label={removeLabel}
          question={t('evidence.remove.confirm', { name: file.originalName })}
          confirmText={t('evidence.remove.confirmButton')}
          confirmClass="button--danger"
          confirmTestId={`evidence-confirm-remove-${file.id}`}
          onConfirm={() => void confirmRemove()}
          onCancel={cancel}
        />
      )}
      <FileError message={error} />
    </li>
  );
}

/** What went wrong with an upload, in the UI language (the server's English message as detail where useful). */
export function uploadFailureText(
  t: TFunction,
  fileName: string,
  failure: EvidenceUploadFailure,
  language: string,
): string {
  const max = formatFileSize(MAX_EVIDENCE_BYTES, language);
  switch (failure.kind) {
    case 'check':
      return t(`evidence.upload.check.${failure.problem}`, { name: fileName, max });
    case 'refused': {
      switch (failure.code) {
        case 'UNAUTHENTICATED':
        case 'NOT_ALLOWED':
        case 'PERIOD_CLOSED':
        case 'SUBMISSION_LOCKED':
        case 'VALIDATION_FAILED':
        case 'TOO_LARGE':
        case 'UNSUPPORTED_TYPE':
          return t(`evidence.upload.refused.${failure.code}`, { name: fileName, message: failure.message });
        default:
          return t('evidence.upload.refused.other', { message: failure.message || failure.code });
      }
    }
    case 'failed':
      return failure.retryable
        ? t('evidence.upload.network', { name: fileName })
        : t('evidence.upload.failed', { name: fileName, message: failure.message });
  }
}

interface EvidenceUploadControlProps {
  target: { year: number; kecamatanCode: string; indicatorCode: string; requirementCode: string };
  itemLabel: string;
  testKey: string;
}

/** "Unggah berkas": a real file input (camera or files on a phone) with its label, then progress or the outcome. */
function EvidenceUploadControl({ target, itemLabel, testKey }: EvidenceUploadControlProps) {
  const { t, i18n } = useTranslation();
  const { state, start, retry, cancel, canRetry } = useEvidenceUpload(target);
  const inputId = useId();
  const hintId = useId();
  const busy = state.phase === 'queued' || state.phase === 'uploading' || state.phase === 'waiting';

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (to resume it) fires another change.
    event.target.value = '';
    if (file) start(file);
  }

  return (
    <div className="evidence-upload">
      <input
        id={inputId}
        type="file"
        className="evidence-upload-input visually-hidden"
        accept={EVIDENCE_ACCEPT}
        data-testid={`evidence-input-${testKey}`}
        aria-describedby={hintId}
        disabled={busy}
        onChange={onChange}
      />
      <label
        htmlFor={inputId}
        className={`button evidence-upload-button${busy ? ' evidence-upload-button--busy' : ''}`}
      >
        {t('evidence.upload.button')}
        <span className="visually-hidden">: {itemLabel}</span>
      </label>
      <p id={hintId} className="field-hint">
        {t('evidence.upload.hint', { max: formatFileSize(MAX_EVIDENCE_BYTES, i18n.language) })}
      </p>

      <UploadStatus state={state} testKey={testKey} canRetry={canRetry} onRetry={retry} onCancel={cancel} />
    </div>
  );
}

interface UploadStatusProps {
  state: EvidenceUploadState;
  testKey: string;
  canRetry: boolean;
  onRetry: () => void;
  onCancel: () => void;
}

/** Where the upload is: preparing, waiting for the network, the progress bar, done, or what failed. */
function UploadStatus({ state, testKey, canRetry, onRetry, onCancel }: UploadStatusProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {state.phase === 'queued' && (
        <p className="evidence-upload-status" role="status">
          {t('evidence.upload.preparing', { name: state.fileName })}
        </p>
      )}
      {state.phase === 'waiting' && (
        <p className="evidence-upload-status" role="status" data-testid={`evidence-waiting-${testKey}`}>
          {t('evidence.upload.waiting', { name: state.fileName })}
        </p>
      )}
      {state.phase === 'uploading' && (
        <div className="evidence-progress">
          <progress
            max={100}
            value={state.percent}
            data-testid={`evidence-progress-${testKey}`}
            aria-label={t('evidence.upload.progress', { name: state.fileName })}
          />
          <span className="evidence-progress-text" aria-hidden="true">
            {t('evidence.upload.percent', { percent: state.percent })}
          </span>
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            {t('evidence.upload.cancel')}
          </button>
        </div>
      )}
      {state.phase === 'done' && (
        <p className="evidence-upload-status evidence-upload-status--done" role="status">
          {t('evidence.upload.done', { name: state.fileName })}
        </p>
      )}
      {state.phase === 'failed' && (
        <div className="evidence-upload-error" role="alert">
          <p>{uploadFailureText(t, state.fileName, state.failure, i18n.language)}</p>
          {canRetry && (
            <>
              <p className="field-hint">{t('evidence.upload.retryHint')}</p>
              <button type="button" className="button button--small" onClick={onRetry}>
                {t('evidence.upload.retry')}
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
