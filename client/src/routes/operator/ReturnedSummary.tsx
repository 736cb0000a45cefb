import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { indicatorCardId } from '../../features/submission/IndicatorCard';
import { revealIndicatorCard } from '../../features/submission/reveal-card';
import { indicatorTitle } from '../../features/submission/submission-status';
import './ReturnedSummary.css';

export interface ReturnedItem {
  indicator: Pick<IndicatorFieldsFragment, 'code' | 'number' | 'shortName' | 'shortNameEn'>;
  submission: Pick<SubmissionFieldsFragment, 'statusReason'>;
}

/** The answers the evaluator sent back, with their reasons, each leading to its card. */
export function ReturnedSummary({ items }: { items: readonly ReturnedItem[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  function open(event: MouseEvent<HTMLAnchorElement>, code: string) {
    event.preventDefault();
    revealIndicatorCard(code);
  }
  return (
    <section className="returned-summary" aria-labelledby="returned-summary-title" data-testid="returned-summary">
      <h2 id="returned-summary-title" className="returned-summary-title">
        {t('workflow.returnedSummary', { count: items.length })}
      </h2>
      <p className="returned-summary-hint">{t('workflow.returnedSummaryHint')}</p>
      <ul className="returned-list">
        {items.map(({ indicator, submission }) => (
          <li key={indicator.code}>
            <a
              href={`#${indicatorCardId(indicator.code)}`}
              onClick={(event) => open(event, indicator.code)}
              data-testid={`returned-link-${indicator.code}`}
            >
              {indicatorTitle(indicator, i18n.language)}
            </a>
            {submission.statusReason && <p className="returned-reason">{submission.statusReason}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
