import { useTranslation } from 'react-i18next';
import type { EvidenceVerdict } from '../../gql/graphql';
import './evidence.css';

/** Menunggu / Diterima / Kurang. */
export function VerdictBadge({ verdict }: { verdict: EvidenceVerdict }) {
  const { t } = useTranslation();
  return (
    <span className={`badge verdict-badge verdict-badge--${verdict.toLowerCase()}`}>
      {t(`evidence.verdict.${verdict}`)}
    </span>
  );
}
