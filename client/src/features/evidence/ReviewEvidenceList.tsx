import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EvidenceFileFieldsFragment, EvidenceVerdict } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { type EvidenceRequirementItem, groupEvidence, requirementLabel } from './evidence-groups';
import { EvidenceViewer } from './EvidenceViewer';
import { type VerdictOutcome, useEvidenceActions } from './use-evidence-actions';
import { EvidenceFileSummary, FileError, RequiredMark } from './EvidenceFileParts';
import './evidence.css';

export interface ReviewEvidenceListProps {
  submissionId: string;
  requirements: readonly EvidenceRequirementItem[];
  files: readonly EvidenceFileFieldsFragment[];
  /** Files attached when the answer was last returned; null when it never was (nothing is "new"). */
  returnedEvidenceFileIds: readonly string[] | null;
  canJudge: boolean;
}

/**
 * The evaluator's view of the evidence: files grouped by checklist item, one of them shown in the
 * page (the first, until another is chosen), "baru" on files attached since the last return, and
 * the verdict buttons while the submission is SUBMITTED.
 */
export function ReviewEvidenceList({
  submissionId,
  requirements,
  files,
  returnedEvidenceFileIds,
  canJudge,
}: ReviewEvidenceListProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const groups = groupEvidence(requirements, files);
  const firstFileId = groups.find((group) => group.files.length > 0)?.files[0]?.id ?? null;
  const [viewing, setViewing] = useState<string | null>(firstFileId);
  // Another submission opened in the panel: show its first file (reset while rendering, no effect).
  const [viewingOf, setViewingOf] = useState(submissionId);
  if (viewingOf !== submissionId) {
    setViewingOf(submissionId);
    setViewing(firstFileId);
  }
  const returned = returnedEvidenceFileIds ? new Set(returnedEvidenceFileIds) : null;

  return (
    <section className="review-evidence" aria-labelledby={headingId} data-testid="review-evidence">
      <h3 id={headingId} className="review-evidence-title">
        {t('evidence.title')}
      </h3>
      {files.length === 0 && <p className="muted">{t('evidence.review.none')}</p>}
      {!canJudge && files.length > 0 && <p className="field-hint">{t('evidence.review.judgeOnlySubmitted')}</p>}
      {groups.map((group) => (
        <div key={group.code} className="review-evidence-group">
          <h4 className="evidence-item-label">
            {requirementLabel(group, i18n.language) ?? t('evidence.otherItem', { code: group.code })}
            <RequiredMark required={group.requirement?.required} />
          </h4>
          {group.files.length === 0 ? (
            <p className={group.requirement?.required ? 'evidence-empty evidence-empty--required' : 'evidence-empty'}>
              {group.requirement?.required ? t('evidence.review.missingRequired') : t('evidence.noFiles')}
            </p>
          ) : (
            <ul className="evidence-files">
              {group.files.map((file) => (
                <ReviewEvidenceFile
                  key={file.id}
                  file={file}
                  submissionId={submissionId}
                  isNew={returned != null && !returned.has(file.id)}
                  canJudge={canJudge}
                  viewing={viewing === file.id}
                  onToggleView={() => setViewing((current) => (current === file.id ? null : file.id))}
                />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

function verdictError(t: TFunction, outcome: VerdictOutcome): string | null {
  switch (outcome.kind) {
    case 'judged':
      return null;
    case 'invalid':
      return outcome.fieldErrors.some((e) => e.field === 'reason' && e.code === 'REQUIRED')
        ? t('evidence.review.reasonRequired')
        : t('evidence.review.invalid', { message: outcome.message });
    case 'notAllowed':
      return t('evidence.review.notAllowed', { message: outcome.message });
    case 'failed':
      return outcome.retryable
        ? t('evidence.review.network')
        : t('evidence.review.failed', { message: outcome.message });
  }
}

interface ReviewEvidenceFileProps {
  file: EvidenceFileFieldsFragment;
  submissionId: string;
  isNew: boolean;
  canJudge: boolean;
  viewing: boolean;
  onToggleView: () => void;
}

/** The verdict of one file: the buttons' state, the reason asked for "kurang", and the outcome. */
function useJudgeFile(file: EvidenceFileFieldsFragment, submissionId: string) {
  const { t } = useTranslation();
  const { setVerdict } = useEvidenceActions();
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function judge(verdict: EvidenceVerdict) {
    if (verdict === 'INSUFFICIENT' && !reason.trim()) {
      setReasonError(t('evidence.review.reasonRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    setReasonError(null);
    const outcome = await setVerdict({
      evidenceId: file.id,
      verdict,
      reason: verdict === 'INSUFFICIENT' ? reason : null,
      submissionId,
    });
    setBusy(false);
    if (outcome.kind === 'judged') {
      setAskingReason(false);
      setReason('');
      return;
    }
    const message = verdictError(t, outcome);
    if (outcome.kind === 'invalid' && outcome.fieldErrors.some((e) => e.field === 'reason')) setReasonError(message);
    else setError(message);
  }
  const toggleReason = () => {
    setAskingReason((open) => !open);
    setReason(file.verdictReason ?? '');
    setReasonError(null);
  };
  const editReason = (value: string) => {
    setReason(value);
    if (reasonError && value.trim()) setReasonError(null);
  };
  return {
    askingReason,
    reason,
    reasonError,
    error,
    busy,
    judge,
    toggleReason,
    editReason,
    closeReason: () => setAskingReason(false),
  };
}

type FileJudgement = ReturnType<typeof useJudgeFile>;

function ReviewEvidenceFile({ file, submissionId, isNew, canJudge, viewing, onToggleView }: ReviewEvidenceFileProps) {
  const { t, i18n } = useTranslation();
  const judgement = useJudgeFile(file, submissionId);
  const viewerId = useId();
  return (
    <li
      className={`evidence-file evidence-file--${file.verdict.toLowerCase()}`}
      data-testid={`review-evidence-file-${file.id}`}
      data-verdict={file.verdict}
    >
      <EvidenceFileSummary
        file={file}
        badges={
          isNew && (
            <span className="badge evidence-new" title={t('evidence.review.newHint')}>
              {t('evidence.review.new')}
            </span>
          )
        }
        meta={
          <p className="evidence-file-meta">
            {t('evidence.uploadedBy', {
              name: file.uploadedBy?.displayName ?? '—',
              time: formatDateTime(file.uploadedAt, i18n.language),
            })}
          </p>
        }
      />
      <div className="evidence-file-actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={viewing}
          aria-controls={viewing ? viewerId : undefined}
          data-testid={`evidence-view-${file.id}`}
          onClick={onToggleView}
        >
          {viewing ? t('evidence.review.close') : t('evidence.view')}
          <span className="visually-hidden"> {file.originalName}</span>
        </button>
        {canJudge && <VerdictButtons file={file} judgement={judgement} />}
      </div>
      {canJudge && judgement.askingReason && <ReasonForm fileId={file.id} judgement={judgement} />}
      <FileError message={judgement.error} />
      {viewing && (
        <div id={viewerId}>
          <EvidenceViewer file={file} />
        </div>
      )}
    </li>
  );
}

/** "Sesuai", "Kurang" (asks the reason) and, once judged, "Atur ulang". */
function VerdictButtons({ file, judgement }: { file: EvidenceFileFieldsFragment; judgement: FileJudgement }) {
  const { t } = useTranslation();
  const { busy, judge } = judgement;
  return (
    <>
      <button
        type="button"
        className="button button--small button--accept"
        data-testid={`evidence-accept-${file.id}`}
        disabled={busy || file.verdict === 'ACCEPTED'}
        aria-pressed={file.verdict === 'ACCEPTED'}
        onClick={() => void judge('ACCEPTED')}
      >
        {t('evidence.review.accept')}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        data-testid={`evidence-insufficient-${file.id}`}
        disabled={busy}
        aria-pressed={file.verdict === 'INSUFFICIENT'}
        aria-expanded={judgement.askingReason}
        onClick={judgement.toggleReason}
      >
        {t('evidence.review.insufficient')}
      </button>
      {file.verdict !== 'PENDING' && (
        <button
          type="button"
          className="button button--small button--quiet"
          data-testid={`evidence-pending-${file.id}`}
          disabled={busy}
          onClick={() => void judge('PENDING')}
        >
          {t('evidence.review.reset')}
        </button>
      )}
    </>
  );
}

/** Why the file is insufficient, then confirm or cancel. */
function ReasonForm({ fileId, judgement }: { fileId: string; judgement: FileJudgement }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const { reason, reasonError, busy } = judgement;
  return (
    <div className="evidence-reason">
      <label className="field-label" htmlFor={reasonId}>
        {t('evidence.review.reason')}
      </label>
      <p className="field-hint" id={`${reasonId}-hint`}>
        {t('evidence.review.reasonHint')}
      </p>
      <textarea
        id={reasonId}
        rows={3}
        maxLength={2000}
        value={reason}
        data-testid={`evidence-reason-${fileId}`}
        aria-invalid={reasonError ? true : undefined}
        aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ''}`}
        onChange={(event) => judgement.editReason(event.target.value)}
      />
      {reasonError && (
        <p className="field-error" id={`${reasonId}-error`} role="alert">
          {reasonError}
        </p>
      )}
      <div className="submit-confirm-actions">
        <button
          type="button"
          className="button button--danger"
          data-testid={`evidence-confirm-insufficient-${fileId}`}
          disabled={busy}
          onClick={() => void judgement.judge('INSUFFICIENT')}
        >
          {busy ? t('evidence.review.working') : t('evidence.review.confirmInsufficient')}
        </button>
        <button type="button" className="button" onClick={judgement.closeReason}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
