import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KecamatanGapQuery, MissingStep } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from '../scoring/CategoryBadge';
import './insight.css';
import { indicatorText } from '../../shared/localized';
import { TableScroll } from '../../shared/TableScroll';

export type BandGapData = KecamatanGapQuery['kecamatanGap'];

const MISSING_ORDER: readonly MissingStep[] = ['ANSWER', 'EVIDENCE', 'VERIFICATION'];

/**
 * "Sudah KLA" in the top band; "N poin lagi menuju Pratama" when reaching the edge is enough
 * (inclusive); "lebih dari N poin lagi menuju Madya" when the edge must be exceeded.
 */
export function gapHeadline(
  gap: Pick<BandGapData, 'nextCategory' | 'inclusive' | 'pointsNeeded'>,
  t: TFunction,
  language: string,
): string {
  if (!gap.nextCategory) return t('gap.alreadyTop');
  const points = formatNumber(gap.pointsNeeded, language);
  const next = t(`category.${gap.nextCategory}`);
  return gap.inclusive ? t('gap.needInclusive', { points, next }) : t('gap.needExclusive', { points, next });
}

/** The gap to the next band and the indicators that could close it, most points first. */
export function BandGap({ gap }: { gap: BandGapData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headline = gapHeadline(gap, t, language);
  return (
    <section
      className="insight-section band-gap"
      aria-labelledby="band-gap-title"
      data-testid="band-gap"
      data-next={gap.nextCategory ?? ''}
      data-points-needed={gap.pointsNeeded}
      data-inclusive={gap.inclusive}
    >
      <h2 id="band-gap-title" className="table-title">
        {t('gap.title', { basis: t(`gap.basis.${gap.basis}`) })}
      </h2>
      <p className="gap-headline">
        <CategoryBadge category={gap.category} testId="gap-category" />{' '}
        <strong data-testid="gap-headline">{headline}</strong>
      </p>
      {gap.nextCategory && gap.threshold != null && (
        <p className="page-subtitle">
          {t(gap.inclusive ? 'gap.edgeInclusive' : 'gap.edgeExclusive', {
            total: formatNumber(gap.total, language),
            threshold: formatNumber(gap.threshold, language),
          })}
          {!gap.reachable && <> {t('gap.unreachable')}</>}
        </p>
      )}
      {gap.nextCategory && gap.indicators.length > 0 && (
        <TableScroll label={t('gap.tableLabel')}>
          <table className="score-table gap-table" data-testid="gap-table">
            <thead>
              <tr>
                <th scope="col">{t('gap.indicator')}</th>
                <th scope="col" className="num">
                  {t('gap.pointsAvailable')}
                </th>
                <th scope="col">{t('gap.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {gap.indicators.map((item) => (
                <tr
                  key={item.indicator.code}
                  data-testid={`gap-${item.indicator.code}`}
                  data-points={item.pointsAvailable}
                  data-missing={item.missing.join(' ')}
                >
                  <th scope="row">
                    <span className="cluster-code">{item.indicator.code}</span>{' '}
                    {indicatorText(item.indicator, 'shortName', language)}
                  </th>
                  <td className="num">{formatNumber(item.pointsAvailable, language)}</td>
                  <td>
                    <ul className="missing-list">
                      {[...item.missing]
                        .sort((a, b) => MISSING_ORDER.indexOf(a) - MISSING_ORDER.indexOf(b))
                        .map((step) => (
                          <li key={step} className={`missing-chip missing--${step.toLowerCase()}`}>
                            {t(`gap.step.${step}`)}
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
