import { useTranslation } from 'react-i18next';
import type { ImportProblem } from './upload';
import './spreadsheet.css';

/** Problem text in the current language by code (the server's Indonesian message for unknown codes). */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return (problem: ImportProblem) => {
    const key = `import.problem.${problem.code}`;
    return i18n.exists(key) ? t(key as never) : problem.message;
  };
}

/** The dry run's problems as a table: sheet, row, column, problem (cards below 600 px). */
export function ImportReport({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <div className="import-report" data-testid="import-report">
      <h2>{t('import.problemsTitle', { count: problems.length })}</h2>
      <table className="import-problems">
        <thead>
          <tr>
            <th scope="col">{t('import.sheet')}</th>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problemColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            <tr
              key={`${p.sheet}-${p.row}-${p.column}-${index}`}
              data-testid="import-problem"
              data-code={p.code}
              data-row={p.row ?? ''}
              data-column={p.column ?? ''}
            >
              <td data-label={t('import.sheet')}>{p.sheet}</td>
              <td data-label={t('import.row')}>{p.row ?? '—'}</td>
              <td data-label={t('import.column')}>
                {p.column ? `${p.column}${p.header ? ` (${p.header})` : ''}` : '—'}
              </td>
              <td data-label={t('import.problemColumn')}>{text(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
