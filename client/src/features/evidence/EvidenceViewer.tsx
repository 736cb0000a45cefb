import { useTranslation } from 'react-i18next';
import type { EvidenceFileFieldsFragment } from '../../gql/graphql';
import { previewKindOf } from './evidence-groups';
import './evidence.css';

/**
 * One file shown in the page, without downloading it: a PDF in an iframe (the browser's viewer),
 * a JPEG or PNG as an image scaled to fit. Always with a link to open it in a new tab — phone
 * browsers often cannot show a PDF inside a page.
 */
export function EvidenceViewer({
  file,
}: {
  file: Pick<EvidenceFileFieldsFragment, 'id' | 'url' | 'mimeType' | 'originalName'>;
}) {
  const { t } = useTranslation();
  const kind = previewKindOf(file.mimeType);
  const title = t('evidence.review.viewerTitle', { name: file.originalName });
  return (
    <div
      className={`evidence-viewer evidence-viewer--${kind}`}
      data-testid="evidence-viewer"
      data-kind={kind}
      data-file-id={file.id}
    >
      {kind === 'pdf' && <iframe className="evidence-viewer-frame" src={file.url} title={title} />}
      {kind === 'image' && <img className="evidence-viewer-image" src={file.url} alt={title} />}
      {kind === 'none' && <p className="muted">{t('evidence.review.noPreview')}</p>}
      <p className="evidence-viewer-links">
        {kind === 'pdf' && <span className="field-hint">{t('evidence.review.pdfHint')} </span>}
        <a href={file.url} target="_blank" rel="noopener noreferrer">
          {t('evidence.openInTab')}
        </a>
      </p>
    </div>
  );
}
