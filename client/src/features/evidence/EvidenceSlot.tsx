/**
 * Where the evidence list (bukti dukung) goes. The evidence feature is being built on the server
 * (EvidenceRequirement, EvidenceFile, Submission.evidence, setEvidenceVerdict, removeEvidence, tus
 * upload); until its client lands these slots render nothing. They exist so the operator's card
 * and the evaluator's review panel already have one fixed place, with the data it will need, for
 * the list: replace the bodies, not the call sites.
 */

export interface IndicatorEvidenceSlotProps {
  indicatorCode: string;
  /** Null until the answer was first saved (evidence hangs off a submission). */
  submissionId: string | null;
  /** False while SUBMITTED / VERIFIED or the period is closed: list only, no upload or removal. */
  editable: boolean;
}

/** Operator's card: the checklist of required evidence, uploads and removals. */
export function IndicatorEvidenceSlot(_props: IndicatorEvidenceSlotProps) {
  return null;
}

export interface ReviewEvidenceSlotProps {
  indicatorCode: string;
  submissionId: string;
  /** Files attached when the answer was last returned, to mark what is new. */
  returnedEvidenceFileIds: readonly string[] | null;
  /** Whether the evaluator may set verdicts now (the submission is SUBMITTED). */
  canJudge: boolean;
}

/** Evaluator's review panel: the files with their verdicts (setEvidenceVerdict). */
export function ReviewEvidenceSlot(_props: ReviewEvidenceSlotProps) {
  return null;
}
