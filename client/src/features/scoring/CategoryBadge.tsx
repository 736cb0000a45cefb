import { useTranslation } from 'react-i18next';
import type { ScoreCategory } from '../../gql/graphql';
import './CategoryBadge.css';

/** Pratama / Madya / Nindya / Utama / KLA, or "Belum berperingkat" below 500. */
export function CategoryBadge({ category, testId = 'category-badge' }: { category: ScoreCategory; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge category-badge category-badge--${category.toLowerCase()}`}
      data-testid={testId}
      data-category={category}
    >
      {t(`category.${category}`)}
    </span>
  );
}
