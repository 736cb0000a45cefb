import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { type DownloadProgress, DownloadError, fetchWithProgress, saveBlob } from './download';
import './ExportButton.css';

/** The progress bar appears only when a download takes longer than this. */
export const PROGRESS_DELAY_MS = 400;

export interface ExportButtonProps {
  url: string;
  fileName: string;
  testId: string;
  label?: string;
  fetchImpl?: typeof fetch;
  save?: (blob: Blob, fileName: string) => void;
}

const MB = 1024 * 1024;

/** "45%", with "· 43,2 / 96,0 MB" for large files and "· 27 berkas" for an archive; "12 KB diterima" without a length. */
function useProgressText(): (progress: DownloadProgress | null, percent: number | null) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const mb = (bytes: number) =>
    (bytes / MB).toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (progress, percent) => {
    const loaded = progress?.loaded ?? 0;
    const parts = [
      percent != null
        ? `${percent}%`
        : t('exports.received', { size: formatNumber(Math.round(loaded / 1024), language) }),
    ];
    if (progress?.total != null && progress.total >= MB)
      parts.push(t('exports.megabytes', { loaded: mb(loaded), total: mb(progress.total) }));
    if (progress?.files != null) parts.push(t('exports.files', { count: progress.files }));
    return parts.join(' · ');
  };
}

/** "Unduh Excel": fetch with the session cookie, a progress bar when it is slow, then save. */
export function ExportButton({ url, fileName, testId, label, fetchImpl, save = saveBlob }: ExportButtonProps) {
  const { t } = useTranslation();
  const progressText = useProgressText();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const download = async () => {
    setBusy(true);
    setFailure(null);
    setProgress(null);
    const timer = setTimeout(() => mounted.current && setShowProgress(true), PROGRESS_DELAY_MS);
    try {
      const { blob, fileName: name } = await fetchWithProgress(
        url,
        fileName,
        (p) => mounted.current && setProgress(p),
        fetchImpl,
      );
      save(blob, name);
    } catch (error) {
      if (mounted.current)
        setFailure(
          error instanceof DownloadError && error.status === 403 ? t('exports.notAllowed') : t('exports.failed'),
        );
    } finally {
      clearTimeout(timer);
      if (mounted.current) {
        setBusy(false);
        setShowProgress(false);
      }
    }
  };

  const percent = progress?.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;
  return (
    <div className="export-control no-print">
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={busy}
        data-testid={testId}
        aria-busy={busy}
      >
        <span aria-hidden="true">⤓ </span>
        {label ?? t('exports.excel')}
      </button>
      {busy && showProgress && (
        <div className="export-progress" data-testid="export-progress" data-percent={percent ?? ''}>
          <progress max={100} value={percent ?? undefined} aria-label={t('exports.progress')} />
          <span className="export-progress-text" data-testid="export-progress-text">
            {progressText(progress, percent)}
          </span>
        </div>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
