import { useTranslation } from 'react-i18next';
import { ExportButton } from '../export/ExportButton';
import { dossierFallbackName, dossierUrl, type DossierScope } from './dossier-urls';

export interface DossierButtonProps {
  scope: DossierScope;
  year: number;
  testId: string;
  fetchImpl?: typeof fetch;
  save?: (blob: Blob, fileName: string) => void;
}

/** "Unduh dosir (ZIP)": the cover workbook, every accepted evidence file and the checksums, with progress. */
export function DossierButton({ scope, year, testId, fetchImpl, save }: DossierButtonProps) {
  const { t, i18n } = useTranslation();
  return (
    <ExportButton
      url={dossierUrl(scope, year, i18n.language)}
      fileName={dossierFallbackName(scope, year)}
      testId={testId}
      label={t('dossier.download')}
      fetchImpl={fetchImpl}
      save={save}
    />
  );
}
