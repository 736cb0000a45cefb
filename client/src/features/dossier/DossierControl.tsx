import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../shared/localized';
import { DossierButton } from './DossierButton';
import type { DossierScope } from './dossier-urls';
import './dossier.css';

export interface DossierControlProps {
  year: number;
  /** The clusters of the year's indicator set, in order. */
  clusters: ReadonlyArray<{ code: string; name: string; nameEn?: string | null }>;
  fetchImpl?: typeof fetch;
  save?: (blob: Blob, fileName: string) => void;
}

/** Evaluators' dossier of the whole city or of one cluster across the city. */
export function DossierControl({ year, clusters, fetchImpl, save }: DossierControlProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const id = useId();
  const [choice, setChoice] = useState('');
  const scope: DossierScope = choice === '' ? { kind: 'city' } : { kind: 'cluster', code: choice };
  return (
    <div className="dossier-control no-print">
      <label htmlFor={id} className="dossier-control-label">
        {t('dossier.scope')}
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="dossier-scope">
        <option value="">{t('dossier.city')}</option>
        {clusters.map((cluster) => (
          <option key={cluster.code} value={cluster.code}>
            {t('dossier.cluster', { code: cluster.code, name: text(cluster.name, cluster.nameEn) })}
          </option>
        ))}
      </select>
      <DossierButton scope={scope} year={year} testId="dossier-city" fetchImpl={fetchImpl} save={save} />
    </div>
  );
}
