import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../app/PageStatus';
import { AddIndicatorForm } from './AddIndicatorForm';
import { IndicatorEditor } from './IndicatorEditor';
import { IndicatorSetDetailDocument } from './indicator-set-admin.documents';
import type { IndicatorSetDetailQuery } from '../../gql/graphql';
import { instrumentRefusalText, usePublishSet } from './use-indicator-set-admin';
import { PUBLISHABLE_TOTAL, publishStateOf } from './scoring-rule-form';
import './indicator.css';

type SetDetail = NonNullable<IndicatorSetDetailQuery['indicatorSetDetail']>;

/** The editor of one set: its indicators per cluster, the sticky total and "Terbitkan". */
export function SetEditor({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(IndicatorSetDetailDocument, { variables: { code } });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (!data) return error ? <p role="alert">{t('errors.network')}</p> : <PageLoading />;
  const set = data.indicatorSetDetail;
  if (!set) return <p role="alert">{t('instrument.notFound', { code })}</p>;

  return (
    <section className="set-editor" aria-label={t('instrument.editorTitle', { code })}>
      <SetEditorBar code={code} set={set} onClose={onClose} />
      {!set.editable && <p role="alert">{t('instrument.publishReasonIN_USE')}</p>}
      {notice && (
        <p className="page-note" role="status" data-testid="set-notice">
          {notice}
        </p>
      )}
      {set.editable && set.status === 'DRAFT' && !adding && (
        <button
          type="button"
          className="button"
          data-testid="add-indicator"
          onClick={() => {
            setNotice(null);
            setAdding(true);
          }}
        >
          {t('instrument.addIndicator')}
        </button>
      )}
      {adding && (
        <AddIndicatorForm
          setCode={code}
          onCancel={() => setAdding(false)}
          onDone={(added) => {
            setAdding(false);
            setNotice(t('instrument.added', { code: added }));
          }}
        />
      )}
      {set.editable && <SetClusters code={code} set={set} />}
    </section>
  );
}

/** The set's title, its total against the target, "Terbitkan" with why it is off, and "Tutup". */
function SetEditorBar({ code, set, onClose }: { code: string; set: SetDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [publish, publishing] = usePublishSet(code);
  const [failure, setFailure] = useState<string | null>(null);
  // The cache holds each saved indicator by id, so the total follows every save without a refetch.
  const total = set.clusters.flatMap((c) => c.indicators).reduce((sum, i) => sum + i.maxPoints, 0);
  const state = publishStateOf(set, total);
  const reason = state.publishable
    ? null
    : state.reason === 'TOTAL'
      ? t('instrument.publishReasonTotal', { total, target: PUBLISHABLE_TOTAL })
      : t(`instrument.publishReason${state.reason}`);

  const onPublish = async () => {
    setFailure(null);
    const outcome = await publish();
    if (outcome.kind !== 'published') setFailure(instrumentRefusalText(t, outcome));
  };

  return (
    <div className="set-editor-bar">
      <h2>
        {t('instrument.editorTitle', { code })} · {t(`instrument.status.${set.status}`)}
      </h2>
      <p
        className={total === PUBLISHABLE_TOTAL ? 'set-total' : 'set-total set-total--warning'}
        data-testid="set-total"
        role="status"
      >
        {t('instrument.total', { total, target: PUBLISHABLE_TOTAL })}
      </p>
      <button
        type="button"
        className="button button--primary"
        data-testid="publish-set"
        disabled={!state.publishable || publishing}
        aria-describedby={reason ? 'publish-reason' : undefined}
        onClick={() => void onPublish()}
      >
        {t('instrument.publish')}
      </button>
      {reason && (
        <p id="publish-reason" className="field-hint" data-testid="publish-reason">
          {reason}
        </p>
      )}
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('instrument.close')}
      </button>
    </div>
  );
}

function SetClusters({ code, set }: { code: string; set: SetDetail }) {
  const { i18n } = useTranslation();
  return set.clusters.map((cluster) => (
    <details key={cluster.code} className="set-cluster" open>
      <summary>
        {cluster.code} · {i18n.language === 'en' ? cluster.nameEn : cluster.name} (
        {cluster.indicators.reduce((sum, i) => sum + i.maxPoints, 0)})
      </summary>
      {cluster.indicators.map((indicator) => (
        <IndicatorEditor key={indicator.id} setCode={code} indicator={indicator} />
      ))}
    </details>
  ));
}
