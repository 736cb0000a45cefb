import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../../app/PageStatus';
import { CopySetDialog } from '../../features/indicator/CopySetDialog';
import { IndicatorSetsDocument } from '../../features/indicator/indicator-set-admin.documents';
import { instrumentRefusalText, useDeleteSet } from '../../features/indicator/use-indicator-set-admin';
import { SetEditor } from '../../features/indicator/SetEditor';
import type { IndicatorSetsQuery } from '../../gql/graphql';
import '../../features/account/account.css';
import { AdminPage } from '../../shared/admin/AdminPage';
import { AdminTable } from '../../shared/admin/AdminTable';
import { ConfirmGroup } from '../../shared/admin/ConfirmGroup';
import { RowButton } from '../../shared/admin/RowButton';

/** Admin: indicator sets (Instrumen) — copy a set, edit a draft's indicators, rules and checklists (add, delete), publish it, delete an unused draft. */
export function InstrumentPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(IndicatorSetsDocument);
  const [copying, setCopying] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const editing = params.get('set');
  const edit = (code: string | null) => setParams(code ? { set: code } : {});
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleteSet, deletingNow] = useDeleteSet();

  const onDelete = async (code: string) => {
    setNotice(null);
    const outcome = await deleteSet(code);
    if (outcome.kind !== 'deleted') setNotice(instrumentRefusalText(t, outcome));
    else {
      setNotice(t('instrument.setDeleted', { code: outcome.code }));
      if (editing === code) edit(null);
    }
    setDeleting(null);
  };

  if (!data) return error ? <PageError onRetry={() => void refetch()} /> : <PageLoading />;

  return (
    <AdminPage title={t('instrument.title')} intro={t('instrument.intro')} notice={notice} noticeTestId="sets-notice">
      {copying && (
        <CopySetDialog
          sourceCode={copying}
          onClose={() => setCopying(null)}
          onCopied={(code) => {
            setCopying(null);
            edit(code);
          }}
        />
      )}
      <AdminTable
        caption={t('instrument.title')}
        testId="sets-table"
        columns={[
          t('instrument.code'),
          t('account.status'),
          t('instrument.totalColumn'),
          t('instrument.usedBy'),
          t('account.actions'),
        ]}
      >
        {data.indicatorSets.map((set) => (
          <tr key={set.code} data-testid={`set-row-${set.code}`}>
            <th scope="row" data-label={t('instrument.code')}>
              {set.code}
              <div className="field-hint">{set.name}</div>
            </th>
            <td data-label={t('account.status')}>{t(`instrument.status.${set.status}`)}</td>
            <td data-label={t('instrument.totalColumn')}>{set.totalMaxPoints}</td>
            <td data-label={t('instrument.usedBy')}>
              {set.usedByPeriods.length > 0 ? set.usedByPeriods.join(', ') : '—'}
            </td>
            <td data-label={t('account.actions')}>
              <SetRowActions
                set={set}
                confirmingDelete={deleting === set.code}
                deletingNow={deletingNow}
                onCopy={() => setCopying(set.code)}
                onEdit={() => edit(set.code)}
                onAskDelete={() => setDeleting(set.code)}
                onDelete={() => void onDelete(set.code)}
                onCancelDelete={() => setDeleting(null)}
              />
            </td>
          </tr>
        ))}
      </AdminTable>
      {editing && <SetEditor key={editing} code={editing} onClose={() => edit(null)} />}
    </AdminPage>
  );
}

type SetRow = IndicatorSetsQuery['indicatorSets'][number];

/** A set's buttons: copy; for a draft, edit and (unused) delete behind a confirmation. */
function SetRowActions({
  set,
  confirmingDelete,
  deletingNow,
  onCopy,
  onEdit,
  onAskDelete,
  onDelete,
  onCancelDelete,
}: {
  set: SetRow;
  confirmingDelete: boolean;
  deletingNow: boolean;
  onCopy: () => void;
  onEdit: () => void;
  onAskDelete: () => void;
  onDelete: () => void;
  onCancelDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row-actions">
        <RowButton testId={`copy-set-${set.code}`} onClick={onCopy}>
          {t('instrument.copy')}
        </RowButton>
        {set.status === 'DRAFT' && set.editable && (
          <RowButton testId={`edit-set-${set.code}`} onClick={onEdit}>
            {t('instrument.edit')}
          </RowButton>
        )}
        {set.status === 'DRAFT' && set.usedByPeriods.length === 0 && !confirmingDelete && (
          <RowButton danger testId={`delete-set-${set.code}`} onClick={onAskDelete}>
            {t('instrument.deleteSet')}
          </RowButton>
        )}
      </div>
      {confirmingDelete && (
        <ConfirmGroup
          question={t('instrument.confirmDeleteSet', { code: set.code })}
          confirmLabel={t('instrument.deleteSetConfirm')}
          busy={deletingNow}
          onConfirm={onDelete}
          onCancel={onCancelDelete}
          confirmTestId={`confirm-delete-set-${set.code}`}
        />
      )}
    </>
  );
}

export default InstrumentPage;
