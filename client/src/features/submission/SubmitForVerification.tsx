import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorTitle } from './submission-status';
import { localized } from '../../shared/localized';
import { SubmitBlockers } from './SubmitBlockers';
import {
  type SubmitSubmissionsOutcome,
  type SubmitSubmissionsRequest,
  useSubmitSubmissions,
} from './use-submit-submissions';
import './SubmitForVerification.css';
import { ConfirmGroup } from '../../shared/ConfirmGroup';

/** How a submit result names an indicator and, when the schema provides them, its evidence items. */
export interface IndicatorLabel {
  code: string;
  number: number;
  shortName: string;
  shortNameEn?: string | null;
  /** The evidence checklist (Indicator.evidenceRequirements), to name missing items by label; else by code. */
  evidenceRequirements?: ReadonlyArray<{ code: string; label: string; labelEn?: string | null }>;
}

export type IndicatorLabels = ReadonlyMap<string, IndicatorLabel>;

export interface SubmitForVerificationProps {
  request: SubmitSubmissionsRequest;
  label: string;
  /** Test id of the button; the result uses `submit-result-<resultKey>`. */
  testId: string;
  resultKey: string;
  indicators: IndicatorLabels;
  disabled?: boolean;
  /** Shown under a disabled button: why it cannot be used yet. */
  disabledHint?: string;
  /** Bulk submits ask once more: submitted answers are locked until an evaluator returns them. */
  confirm?: { question: string; testId: string };
  /** False hides the button (e.g. once submitted) but keeps the last result in view. */
  showButton?: boolean;
}

/** A submit button and, right next to it, what its last submit did. */
export function SubmitForVerification({
  request,
  label,
  testId,
  resultKey,
  indicators,
  disabled = false,
  disabledHint,
  confirm,
  showButton = true,
}: SubmitForVerificationProps) {
  const { t } = useTranslation();
  const submit = useSubmitSubmissions();
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'submitting'>('idle');
  const [outcome, setOutcome] = useState<SubmitSubmissionsOutcome | null>(null);
  const hintId = useId();

  async function run() {
    setPhase('submitting');
    setOutcome(null);
    const result = await submit(request);
    setOutcome(result);
    setPhase('idle');
  }

  const blocked = disabled || phase === 'submitting';
  return (
    <div className="submit-action">
      {showButton && phase !== 'confirming' && (
        <div className="submit-action-row">
          <button
            type="button"
            className="button button--submit"
            data-testid={testId}
            disabled={blocked}
            aria-describedby={disabled && disabledHint ? hintId : undefined}
            onClick={() => (confirm ? setPhase('confirming') : void run())}
          >
            {phase === 'submitting' ? t('submit.submitting') : label}
          </button>
          {disabled && disabledHint && (
            <p id={hintId} className="field-hint submit-action-hint">
              {disabledHint}
            </p>
          )}
        </div>
      )}
      {showButton && confirm && phase === 'confirming' && (
        <ConfirmGroup
          label={label}
          question={confirm.question}
          confirmText={t('submit.confirm')}
          confirmClass="button--primary"
          confirmTestId={confirm.testId}
          onConfirm={() => void run()}
          onCancel={() => setPhase('idle')}
        />
      )}
      {outcome && (
        <SubmitResultMessage
          outcome={outcome}
          indicators={indicators}
          testId={`submit-result-${resultKey}`}
          source={label}
        />
      )}
    </div>
  );
}

/** What a submit did: the indicators that moved, or why nothing moved (incomplete ones listed). */
export function SubmitResultMessage({
  outcome,
  indicators,
  testId,
  source,
}: {
  outcome: SubmitSubmissionsOutcome;
  indicators: IndicatorLabels;
  testId: string;
  /** The label of the submit control that was pressed. */
  source?: string;
}) {
  const { t, i18n } = useTranslation();
  const titleOf = (code: string) => {
    const indicator = indicators.get(code);
    return indicator ? indicatorTitle(indicator, i18n.language) : code;
  };
  const evidenceLabel = (indicatorCode: string, requirementCode: string) => {
    const requirement = indicators.get(indicatorCode)?.evidenceRequirements?.find((r) => r.code === requirementCode);
    if (!requirement) return requirementCode;
    return localized(requirement.label, requirement.labelEn, i18n.language);
  };

  if (outcome.kind === 'submitted') {
    return (
      <div className="submit-result submit-result--ok" role="status" data-testid={testId} data-outcome={outcome.kind}>
        {outcome.submitted.length === 0 ? (
          <p>{t('submit.nothingLeft')}</p>
        ) : (
          <>
            <p>{t('submit.done', { count: outcome.submitted.length })}</p>
            <ul className="submit-result-list">
              {outcome.submitted.map((s) => (
                <li key={s.id}>{titleOf(s.indicatorCode)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }

  let text: string;
  let detail: string | undefined;
  switch (outcome.kind) {
    case 'incomplete':
      return (
        <SubmitBlockers
          items={outcome.items}
          source={source}
          titleOf={titleOf}
          evidenceLabel={evidenceLabel}
          testId={testId}
        />
      );
    case 'invalidTransition':
      text = t('submit.invalidTransition', {
        indicator: titleOf(outcome.indicatorCode),
        status: t(`status.${outcome.currentStatus}`),
      });
      break;
    case 'periodClosed':
      text = t('save.periodClosed', { year: outcome.year });
      break;
    case 'notAllowed':
      text = t('save.notAllowed');
      detail = outcome.message;
      break;
    case 'invalid':
      text = t('submit.invalid');
      detail = outcome.fieldErrors.map((e) => e.message).join(' ') || outcome.message;
      break;
    case 'failed':
      text = outcome.retryable ? t('submit.network') : t('submit.failed', { message: outcome.message });
      break;
  }
  return (
    <div className="submit-result submit-result--error" role="alert" data-testid={testId} data-outcome={outcome.kind}>
      <p>{text}</p>
      {detail && <p className="card-message-detail">{detail}</p>}
    </div>
  );
}
