import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../app/PageStatus';
import { CopySetDialog } from '../../features/instrument/CopySetDialog';
import { DeleteIndicatorSetDocument, IndicatorSetsDocument } from '../../features/instrument/instrument.documents';
import { SetEditor } from '../../features/instrument/SetEditor';
import { errorText } from '../../shared/mutation-failure';
import '../../features/account/account.css';

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
  const [deleteSet, { loading: deletingNow }] = useMutation(DeleteIndicatorSetDocument, {
    refetchQueries: [IndicatorSetsDocument],
    awaitRefetchQueries: true,
  });

  const onDelete = async (code: string) => {
    setNotice(null);
    try {
      const { data: result } = await deleteSet({ variables: { code } });
      const outcome = result?.deleteIndicatorSet;
      if (outcome?.__typename === 'ValidationError') setNotice(outcome.fieldErrors.map((e) => e.message).join(' '));
      else if (outcome) {
        setNotice(t('instrument.setDeleted', { code: outcome.code }));
        if (editing === code) edit(null);
      }
    } catch (caught) {
      setNotice(errorText(t, caught));
    }
    setDeleting(null);
  };

  if (!data) {
    if (error) {
      return (
        <div className="page-message" role="alert">
          <p>{t('errors.network')}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return <PageLoading />;
  }

  return (
    <div className="users-page">
      <div className="page-heading">
        <h1>{t('instrument.title')}</h1>
        <p className="page-subtitle">{t('instrument.intro')}</p>
      </div>
      {notice && (
        <p className="page-note" role="status" data-testid="sets-notice">
          {notice}
        </p>
      )}
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
      <div className="table-scroll">
        <table className="users-table" data-testid="sets-table">
          <caption className="visually-hidden">{t('instrument.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instrument.code')}</th>
              <th scope="col">{t('account.status')}</th>
              <th scope="col">{t('instrument.totalColumn')}</th>
              <th scope="col">{t('instrument.usedBy')}</th>
              <th scope="col">{t('account.actions')}</th>
            </tr>
          </thead>
          <tbody>
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
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      data-testid={`copy-set-${set.code}`}
                      onClick={() => setCopying(set.code)}
                    >
                      {t('instrument.copy')}
                    </button>
                    {set.status === 'DRAFT' && set.editable && (
                      <button
                        type="button"
                        className="button button--small"
                        data-testid={`edit-set-${set.code}`}
                        onClick={() => edit(set.code)}
                      >
                        {t('instrument.edit')}
                      </button>
                    )}
                    {set.status === 'DRAFT' && set.usedByPeriods.length === 0 && deleting !== set.code && (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        data-testid={`delete-set-${set.code}`}
                        onClick={() => setDeleting(set.code)}
                      >
                        {t('instrument.deleteSet')}
                      </button>
                    )}
                  </div>
                  {deleting === set.code && (
                    <div className="user-confirm" role="group" aria-label={t('account.confirmTitle')}>
                      <p>{t('instrument.confirmDeleteSet', { code: set.code })}</p>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        disabled={deletingNow}
                        onClick={() => void onDelete(set.code)}
                        data-testid={`confirm-delete-set-${set.code}`}
                      >
                        {t('instrument.deleteSetConfirm')}
                      </button>
                      <button type="button" className="button button--small" onClick={() => setDeleting(null)}>
                        {t('common.cancel')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && <SetEditor key={editing} code={editing} onClose={() => edit(null)} />}
    </div>
  );
}

export default InstrumentPage;
