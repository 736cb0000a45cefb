import { useTranslation } from 'react-i18next';
import { categoryAtLeast } from '@kecala/domain';
import type { ScoreCategory } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../shared/format';
import { CategoryBadge } from '../scoring/CategoryBadge';
import './insight.css';

export interface CityRollupData {
  kecamatanCount: number;
  layakAnakCount: number;
  /** 0–1. */
  layakAnakShare: number;
  minimumCategory: ScoreCategory;
  averageTotal: number;
  categoryCounts: ReadonlyArray<{ category: ScoreCategory; count: number }>;
}

/** Kecamatan per band (text + bar) and the share that counts as layak anak. */
export function CityRollupSummary({ rollup }: { rollup: CityRollupData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const max = Math.max(1, ...rollup.categoryCounts.map((c) => c.count));
  return (
    <section
      className="insight-section city-rollup"
      aria-labelledby="city-rollup-title"
      data-testid="city-rollup"
      data-layak-anak={rollup.layakAnakCount}
      data-share={rollup.layakAnakShare}
    >
      <h2 id="city-rollup-title" className="table-title">
        {t('rollup.title')}
      </h2>
      <p className="rollup-headline">
        <strong data-testid="city-rollup-share">
          {formatPercent(Math.round(rollup.layakAnakShare * 1000) / 10, language)}
        </strong>{' '}
        {t('rollup.share', {
          count: rollup.layakAnakCount,
          total: rollup.kecamatanCount,
          minimum: t(`category.${rollup.minimumCategory}`),
        })}
      </p>
      <p className="page-subtitle">{t('rollup.average', { total: formatNumber(rollup.averageTotal, language) })}</p>
      <table className="score-table rollup-table">
        <caption className="visually-hidden">{t('rollup.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.category')}</th>
            <th scope="col" className="num">
              {t('rollup.count')}
            </th>
            <th scope="col" aria-hidden="true" className="rollup-bar-col" />
          </tr>
        </thead>
        <tbody>
          {[...rollup.categoryCounts].reverse().map((c) => (
            <tr key={c.category} data-testid={`rollup-${c.category}`} data-count={c.count}>
              <th scope="row">
                <CategoryBadge category={c.category} testId={`rollup-badge-${c.category}`} />
                {categoryAtLeast(c.category, rollup.minimumCategory) && (
                  <span className="rollup-layak"> ({t('rollup.layak')})</span>
                )}
              </th>
              <td className="num">{c.count}</td>
              <td aria-hidden="true" className="rollup-bar-col">
                <span
                  className={`rollup-bar band-fill--${c.category.toLowerCase()}`}
                  style={{ width: `${(c.count / max) * 100}%` }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
