import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFileFieldsFragment } from '../../gql/graphql';
import { formatFileSize } from './evidence-groups';
import { VerdictBadge } from './VerdictBadge';

/** " wajib" after a checklist item's label when the item is required. */
export function RequiredMark({ required }: { required: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!required) return null;
  return (
    <>
      {' '}
      <span className="evidence-required" title={t('evidence.requiredLabel')}>
        {t('evidence.required')}
      </span>
    </>
  );
}

interface EvidenceFileSummaryProps {
  file: EvidenceFileFieldsFragment;
  /** After the name ("baru"). */
  badges?: ReactNode;
  /** Under the name line (who uploaded it, when). */
  meta?: ReactNode;
}

/** A file's name, size and verdict, then the evaluator's reason. */
export function EvidenceFileSummary({ file, badges, meta }: EvidenceFileSummaryProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="evidence-file-main">
        <span className="evidence-file-name">{file.originalName}</span>
        {badges}
        <span className="evidence-file-size">{formatFileSize(file.sizeBytes, i18n.language)}</span>
        <VerdictBadge verdict={file.verdict} />
      </div>
      {meta}
      {file.verdictReason && (
        <p className="evidence-verdict-reason">{t('evidence.verdictReason', { reason: file.verdictReason })}</p>
      )}
    </>
  );
}

/** An action's error under the file. */
export function FileError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}
