import { useTranslation } from 'react-i18next';
import { auditActionLabel, auditEntityLabel, describeAuditChanges } from '@kecala/domain';
import type { AuditEntriesQuery } from '../../gql/graphql';
import { formatDateTimeWib } from '../../shared/format';

export type AuditEntryNode = AuditEntriesQuery['auditEntries']['edges'][number]['node'];

const KNOWN_ROLES = ['ADMIN', 'EVALUATOR', 'OPERATOR', 'INTEGRATOR'] as const;
function isKnownRole(role: string | null): role is (typeof KNOWN_ROLES)[number] {
  return role != null && (KNOWN_ROLES as readonly string[]).includes(role);
}

/** One entry as a card (a phone shows a list of cards, not a wide table): who, when, what, before → after. */
export function AuditEntryCard({ entry, kecamatanName }: { entry: AuditEntryNode; kecamatanName: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const changes = describeAuditChanges(entry, language);
  return (
    <li className="audit-entry" data-testid={`audit-entry-${entry.id}`} data-action={entry.action}>
      <p className="audit-entry-head">
        <strong className="audit-entry-action">{auditActionLabel(entry.action, language)}</strong>
        <time dateTime={entry.at}>{formatDateTimeWib(entry.at, i18n.language)}</time>
      </p>
      <p className="audit-entry-who">
        {entry.username ?? t('audit.system')}
        {isKnownRole(entry.role) ? ` · ${t(`role.${entry.role}`)}` : entry.role ? ` · ${entry.role}` : ''}
        {kecamatanName ? ` · ${kecamatanName}` : ''}
      </p>
      <p className="audit-entry-record">
        {t('audit.record', { entity: auditEntityLabel(entry.entityType, language), id: entry.entityId })}
      </p>
      {changes.length > 0 ? (
        <ul className="audit-entry-changes" data-testid="audit-changes">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="audit-entry-none">{t('audit.noChanges')}</p>
      )}
    </li>
  );
}
