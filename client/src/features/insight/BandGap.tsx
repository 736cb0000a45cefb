import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KecamatanGapQuery, MissingStep } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from '../scoring/CategoryBadge';
import './insight.css';
import { indicatorText } from '../../shared/localized';
import { ColumnHeader, NumberCell, ScoreTable } from '../scoring/ScoreTable';

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
        <ScoreTable
          label={t('gap.tableLabel')}
          className="gap-table"
          testId="gap-table"
          head={
            <>
              <ColumnHeader>{t('gap.indicator')}</ColumnHeader>
              <ColumnHeader num>{t('gap.pointsAvailable')}</ColumnHeader>
              <ColumnHeader>{t('gap.missing')}</ColumnHeader>
            </>
          }
        >
          {gap.indicators.map((item) => (
            <GapRow key={item.indicator.code} item={item} />
          ))}
        </ScoreTable>
      )}
    </section>
  );
}

/** An indicator that could close the gap: its points and what it still lacks, in workflow order. */
function GapRow({ item }: { item: BandGapData['indicators'][number] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <tr
      data-testid={`gap-${item.indicator.code}`}
      data-points={item.pointsAvailable}
      data-missing={item.missing.join(' ')}
    >
      <th scope="row">
        <span className="cluster-code">{item.indicator.code}</span>{' '}
        {indicatorText(item.indicator, 'shortName', language)}
      </th>
      <NumberCell>{formatNumber(item.pointsAvailable, language)}</NumberCell>
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
  );
}
