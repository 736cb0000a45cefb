import { useTranslation } from 'react-i18next';

export interface ConfirmGroupProps {
  /** The group's accessible name (what is being confirmed). */
  label: string;
  question: string;
  confirmText: string;
  /** `button--primary` or `button--danger`. */
  confirmClass: string;
  confirmTestId: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Extra class beside `submit-confirm`. */
  className?: string;
}

/** The inline "are you sure?" step: the question, the confirming button and "Batal". */
export function ConfirmGroup({
  label,
  question,
  confirmText,
  confirmClass,
  confirmTestId,
  onConfirm,
  onCancel,
  className,
}: ConfirmGroupProps) {
  const { t } = useTranslation();
  return (
    <div className={className ? `submit-confirm ${className}` : 'submit-confirm'} role="group" aria-label={label}>
      <p>{question}</p>
      <div className="submit-confirm-actions">
        <button type="button" className={`button ${confirmClass}`} data-testid={confirmTestId} onClick={onConfirm}>
          {confirmText}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
