import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionLabel, auditEntityLabel } from '@kecala/domain';
import { type AuditFilterValues, EMPTY_AUDIT_FILTER } from './audit-filter';

const ROLES = ['ADMIN', 'EVALUATOR', 'OPERATOR', 'INTEGRATOR'] as const;

export interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (next: AuditFilterValues) => void;
  kecamatans: ReadonlyArray<{ code: string; name: string }>;
  /** Operators see their own kecamatan only: no kecamatan choice. */
  showKecamatan: boolean;
}

/** One choice of the filter form, "all" first. */
function FilterSelect(props: {
  name: keyof AuditFilterValues;
  label: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  options: Array<[string, string]>;
}) {
  const { t } = useTranslation();
  return (
    <label className="audit-filter-field">
      {props.label}
      <select value={props.value} onChange={props.onChange} data-testid={`audit-filter-${props.name}`}>
        <option value="">{t('audit.all')}</option>
        {props.options.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter form, folded behind one "Filter" line on a phone; applied on submit (one query). */
export function AuditFilters({ value, onApply, kecamatans, showKecamatan }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const [draft, setDraft] = useState(value);
  const set = (key: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const select = (key: keyof AuditFilterValues, label: string, options: Array<[string, string]>) => (
    <FilterSelect name={key} label={label} value={draft[key]} onChange={set(key)} options={options} />
  );
  return (
    <details className="audit-filters" open>
      <summary>{t('audit.filters')}</summary>
      <form
        className="audit-filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <label className="audit-filter-field">
          {t('audit.username')}
          <input value={draft.username} onChange={set('username')} maxLength={60} data-testid="audit-filter-username" />
        </label>
        {select(
          'role',
          t('audit.role'),
          ROLES.map((role) => [role, t(`role.${role}`)]),
        )}
        {showKecamatan &&
          select(
            'kecamatanCode',
            t('audit.kecamatan'),
            kecamatans.map((k) => [k.code, k.name]),
          )}
        {select(
          'entityType',
          t('audit.entity'),
          AUDIT_ENTITY_TYPES.map((e) => [e, auditEntityLabel(e, language)]),
        )}
        {select(
          'action',
          t('audit.action'),
          AUDIT_ACTIONS.map((a) => [a, auditActionLabel(a, language)]),
        )}
        <label className="audit-filter-field">
          {t('audit.since')}
          <input type="date" value={draft.since} onChange={set('since')} data-testid="audit-filter-since" />
        </label>
        <label className="audit-filter-field">
          {t('audit.until')}
          <input type="date" value={draft.until} onChange={set('until')} data-testid="audit-filter-until" />
        </label>
        <div className="audit-filter-actions">
          <button type="submit" className="button button--primary" data-testid="audit-apply">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(EMPTY_AUDIT_FILTER);
              onApply(EMPTY_AUDIT_FILTER);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
    </details>
  );
}
