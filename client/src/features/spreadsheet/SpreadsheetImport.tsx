import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../export/ExportButton';
import { ImportReport } from './ImportReport';
import { useApplyImport } from './use-apply-import';
import {
  type DryRunReport,
  type ImportProblem,
  type UploadProgress,
  UploadError,
  templateUrl,
  uploadSpreadsheet,
} from './upload';
import './spreadsheet.css';

/** The server's limit for an uploaded template (POST /imports). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export interface SpreadsheetImportProps {
  year: number;
  /** The kecamatan of the template; null: every kecamatan (admins). */
  kecamatanCode: string | null;
  /** Where the imported answers are seen (the operator's form). */
  formPath?: string;
  upload?: typeof uploadSpreadsheet;
}

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; progress: UploadProgress | null }
  | { step: 'report'; report: DryRunReport }
  | { step: 'applying'; report: DryRunReport }
  | { step: 'applied'; answerCount: number; kecamatanCount: number };

const FILE_ERRORS = ['EMPTY_FILE', 'NOT_XLSX', 'TOO_LARGE', 'NOT_ALLOWED', 'UNAUTHENTICATED'];

/** The i18n key of an upload's refusal (a code the screen does not know: "UNKNOWN"). */
function fileErrorKey(error: unknown): string {
  const code = error instanceof UploadError ? error.code : 'UNKNOWN';
  return `import.fileError.${FILE_ERRORS.includes(code) ? code : 'UNKNOWN'}`;
}

/** The import's steps: the upload and its dry run, then applying the validated batch. */
function useSpreadsheetImport(upload: typeof uploadSpreadsheet) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);
  const [applyProblems, setApplyProblems] = useState<ImportProblem[]>([]);
  const [fileName, setFileName] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const apply = useApplyImport();
  const clearInput = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setFailure(null);
    setApplyProblems([]);
    if (file.size > MAX_UPLOAD_BYTES) {
      // The server refuses it anyway (413); no need to send megabytes over a phone connection first.
      setFailure(t('import.fileError.TOO_LARGE'));
      setPhase({ step: 'idle' });
      clearInput();
      return;
    }
    setPhase({ step: 'uploading', progress: null });
    try {
      const report = await upload(file, (progress) => setPhase({ step: 'uploading', progress }));
      setPhase({ step: 'report', report });
    } catch (error) {
      setFailure(t(fileErrorKey(error) as never));
      setPhase({ step: 'idle' });
    } finally {
      clearInput();
    }
  };

  const onApply = async (report: DryRunReport) => {
    if (!report.batchId) return;
    setFailure(null);
    setPhase({ step: 'applying', report });
    const outcome = await apply(report.batchId);
    if (outcome.kind === 'applied') {
      setPhase({ step: 'applied', answerCount: outcome.answerCount, kecamatanCount: outcome.kecamatanCount });
      return;
    }
    if (outcome.kind === 'failed') {
      setFailure(t('import.failed'));
      setPhase({ step: 'report', report });
      return;
    }
    if (outcome.kind === 'rejected') {
      setApplyProblems(outcome.problems);
      setFailure(t('import.rejected'));
    } else if (outcome.kind === 'invalid') setFailure(t('import.expired'));
    else setFailure(outcome.message || t('import.failed'));
    setPhase({ step: 'report', report: { ...report, batchId: null } });
  };

  return { phase, failure, applyProblems, fileName, fileInput, onFile, onApply };
}

/**
 * "Impor dari Excel": download the template, upload it back (with upload progress), read the
 * dry run's problems by sheet, row and column, then import every answer with one click.
 */
export function SpreadsheetImport({
  year,
  kecamatanCode,
  formPath,
  upload = uploadSpreadsheet,
}: SpreadsheetImportProps) {
  const { t } = useTranslation();
  const { phase, failure, applyProblems, fileName, fileInput, onFile, onApply } = useSpreadsheetImport(upload);
  return (
    <section className="spreadsheet-import" aria-labelledby="import-steps">
      <h2 id="import-steps" className="visually-hidden">
        {t('import.title')}
      </h2>
      <ol className="import-steps">
        <li>
          <p>{kecamatanCode ? t('import.step1') : t('import.step1All')}</p>
          <ExportButton
            url={templateUrl(year, kecamatanCode)}
            fileName={`templat-kla-${year}.xlsx`}
            testId="download-template"
            label={t('import.downloadTemplate')}
          />
        </li>
        <UploadStep phase={phase} fileName={fileName} fileInput={fileInput} onFile={(file) => void onFile(file)} />
        <ReportStep
          phase={phase}
          applyProblems={applyProblems}
          formPath={formPath}
          onApply={(report) => void onApply(report)}
        />
      </ol>
      {failure && (
        <p className="field-error" role="alert" data-testid="import-failure">
          {failure}
        </p>
      )}
    </section>
  );
}

interface UploadStepProps {
  phase: Phase;
  fileName: string | null;
  fileInput: RefObject<HTMLInputElement | null>;
  onFile: (file: File | undefined) => void;
}

/** Step 2: choose the filled template; its upload's progress. */
function UploadStep({ phase, fileName, fileInput, onFile }: UploadStepProps) {
  const { t } = useTranslation();
  const uploadPercent =
    phase.step === 'uploading' && phase.progress?.total
      ? Math.round((phase.progress.loaded / phase.progress.total) * 100)
      : null;
  return (
    <li>
      <p>{t('import.step2')}</p>
      <label className="button import-file">
        {t('import.chooseFile')}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file"
          disabled={phase.step === 'uploading' || phase.step === 'applying'}
          onChange={(event) => onFile(event.target.files?.[0])}
        />
      </label>
      {fileName && (
        <p className="import-file-name" data-testid="import-file-name">
          {t('import.fileName', { name: fileName })}
        </p>
      )}
      {phase.step === 'uploading' && (
        <div className="import-progress" data-testid="upload-progress">
          <progress max={100} value={uploadPercent ?? undefined} aria-label={t('import.uploading')} />
          <span>
            {uploadPercent != null ? t('import.uploadingPercent', { percent: uploadPercent }) : t('import.uploading')}
          </span>
        </div>
      )}
    </li>
  );
}

interface ReportStepProps {
  phase: Phase;
  applyProblems: ImportProblem[];
  formPath?: string;
  onApply: (report: DryRunReport) => void;
}

/** Step 3: the dry run's verdict and problems, the import button, then its progress and outcome. */
function ReportStep({ phase, applyProblems, formPath, onApply }: ReportStepProps) {
  const { t } = useTranslation();
  const report = phase.step === 'report' || phase.step === 'applying' ? phase.report : null;
  const problems = applyProblems.length > 0 ? applyProblems : (report?.problems ?? []);
  const canImport =
    report != null &&
    problems.length === 0 &&
    report.batchId != null &&
    report.answerCount > 0 &&
    phase.step === 'report';
  return (
    <li>
      <p>{t('import.step3')}</p>
      {report && (
        <div className="import-summary" data-testid="import-summary">
          <ReportVerdict report={report} problemCount={problems.length} />
          <ImportReport problems={problems} />
          <button
            type="button"
            className="button button--primary"
            data-testid="import-apply"
            disabled={!canImport}
            onClick={() => onApply(report)}
          >
            {t('import.apply', { count: report.answerCount })}
          </button>
        </div>
      )}
      {phase.step === 'applying' && (
        <div className="import-progress" data-testid="apply-progress">
          <progress aria-label={t('import.applying', { count: phase.report.answerCount })} />
          <span>{t('import.applying', { count: phase.report.answerCount })}</span>
        </div>
      )}
      {phase.step === 'applied' && (
        <p className="import-success" role="status" data-testid="import-success">
          {t('import.success', { count: phase.answerCount, kecamatan: phase.kecamatanCount })}{' '}
          {formPath && <Link to={formPath}>{t('import.backToForm')}</Link>}
        </p>
      )}
    </li>
  );
}

/** Ready to import (how many, how many unchanged), or how many problems to fix first. */
function ReportVerdict({ report, problemCount }: { report: DryRunReport; problemCount: number }) {
  const { t } = useTranslation();
  if (problemCount > 0)
    return (
      <p className="field-error" role="alert">
        {t('import.fixFirst', { count: problemCount })}
      </p>
    );
  return (
    <p className={report.answerCount > 0 ? 'import-ok' : ''} data-testid="import-ready">
      {report.answerCount > 0 ? t('import.ready', { count: report.answerCount }) : t('import.nothingToImport')}
      {report.unchangedCount > 0 && ` ${t('import.unchanged', { count: report.unchangedCount })}`}
    </p>
  );
}
