import type { EvidenceRequirementItem } from './evidence-groups';
import { IndicatorEvidenceList } from './IndicatorEvidenceList';
import { ReviewEvidenceList } from './ReviewEvidenceList';
import { useSubmissionEvidence } from './use-submission-evidence';

/**
 * Where the evidence lists (bukti dukung) sit: the operator's card and the evaluator's review
 * panel. The call sites pass the indicator's checklist they already hold
 * (IndicatorFields.evidenceRequirements); the files are read from the cache by submission id
 * (SubmissionEvidence, loaded by the page's own query), so no card issues a query of its own.
 * Uploads reload the submission list; removals and verdicts write their results to the cache.
 */

export interface IndicatorEvidenceSlotProps {
  indicatorCode: string;
  /** Null until the answer was first saved or a first file uploaded (which creates the submission). */
  submissionId: string | null;
  /** False while SUBMITTED / VERIFIED or the period is closed: list only, no upload or removal. */
  editable: boolean;
  /** Upload-Metadata of every file, and the submission list reloaded after an upload. */
  year: number;
  kecamatanCode: string;
  /** The indicator's checklist, in display order. */
  requirements: readonly EvidenceRequirementItem[];
}

/** Operator's card: the checklist of required evidence, uploads and removals. */
export function IndicatorEvidenceSlot({
  indicatorCode,
  submissionId,
  editable,
  year,
  kecamatanCode,
  requirements,
}: IndicatorEvidenceSlotProps) {
  const files = useSubmissionEvidence(submissionId);
  return (
    <IndicatorEvidenceList
      year={year}
      kecamatanCode={kecamatanCode}
      indicatorCode={indicatorCode}
      requirements={requirements}
      files={files}
      editable={editable}
    />
  );
}

export interface ReviewEvidenceSlotProps {
  indicatorCode: string;
  submissionId: string;
  /** Files attached when the answer was last returned, to mark what is new. */
  returnedEvidenceFileIds: readonly string[] | null;
  /** Whether the evaluator may set verdicts now (the submission is SUBMITTED). */
  canJudge: boolean;
  /** The indicator's checklist, to group the files by item. */
  requirements: readonly EvidenceRequirementItem[];
}

/** Evaluator's review panel: the files with their verdicts (setEvidenceVerdict), viewable in the page. */
export function ReviewEvidenceSlot({
  submissionId,
  returnedEvidenceFileIds,
  canJudge,
  requirements,
}: ReviewEvidenceSlotProps) {
  const files = useSubmissionEvidence(submissionId);
  return (
    <ReviewEvidenceList
      submissionId={submissionId}
      requirements={requirements}
      files={files}
      returnedEvidenceFileIds={returnedEvidenceFileIds}
      canJudge={canJudge}
    />
  );
}
