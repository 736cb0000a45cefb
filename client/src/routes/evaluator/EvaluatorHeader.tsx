import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../features/live/LiveStatus';
import type { LiveStatus as LiveStatusValue } from '../../features/live/use-live-refetch';
import { scoreboardHref } from './use-evaluation-year';

/**
 * An evaluator page's head: optionally the way back to the scoreboard, the title, the subtitle with
 * the live status, and the page's tools (selects, buttons) beside them.
 */
export function EvaluatorHeader({
  title,
  subtitle,
  live,
  backYear,
  children,
}: {
  title: string;
  subtitle: string;
  /** The live status, or nothing when the page follows no live events. */
  live?: LiveStatusValue;
  /** The year of the scoreboard to go back to; no link when absent. */
  backYear?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {backYear != null && (
        <p className="back-link">
          <Link to={scoreboardHref(backYear)}>← {t('kecamatanScore.back')}</Link>
        </p>
      )}
      <header className="page-header page-header--with-tools">
        <div>
          <h1>{title}</h1>
          <p className="page-subtitle">
            {subtitle} {live && <LiveStatus status={live} />}
          </p>
        </div>
        <div className="tools">{children}</div>
      </header>
    </>
  );
}

/** A labelled select standing inline among the page's tools or filters. */
export function InlineSelect(props: {
  id: string;
  label: string;
  value: string | number;
  testId: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="field field--inline">
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      >
        {props.children}
      </select>
    </div>
  );
}
