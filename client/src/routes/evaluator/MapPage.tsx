import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScoreModeSwitch } from '../../features/scoring/ScoreModeSwitch';
import { compareClusterCodes } from '../../features/scoring/score-model';
import { useScoreMode } from '../../features/scoring/use-score-mode';
import { ChoroplethMap } from '../../features/map/ChoroplethMap';
import { MapValueTable } from '../../features/map/MapValueTable';
import { type MapMetric, mapValues } from '../../features/map/map-model';
import { useKecamatanGeo } from '../../features/map/use-kecamatan-geo';
import { useLiveRefetch } from '../../features/live/use-live-refetch';
import { PageError, PageLoading } from '../../app/PageStatus';
import { ScoreboardDocument } from './evaluator.documents';
import { useScoreboardRows } from './use-scoreboard-rows';
import { kecamatanHref, useEvaluationYear } from './use-evaluation-year';
import { YearSelect } from './YearSelect';
import { EvaluatorHeader, InlineSelect } from './EvaluatorHeader';
import './MapPage.css';

const LIVE_DOCUMENTS = [ScoreboardDocument];

/** The city map: the 12 kecamatan coloured (and patterned) by band of a total or of one cluster. */
export function MapPage() {
  const { t } = useTranslation();
  const { year, setYear, periods, periodsError, refetchPeriods } = useEvaluationYear();
  const { data, error, refetch, rows } = useScoreboardRows(year);
  const [mode, setMode] = useScoreMode(rows);
  const [metric, setMetric] = useState<MapMetric>('total');
  const values = useMemo(() => mapValues(rows, metric, mode), [rows, metric, mode]);
  const clusters = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const row of rows) for (const c of row.clusters) if (!byCode.has(c.code)) byCode.set(c.code, c.name);
    return [...byCode.entries()].sort(([a], [b]) => compareClusterCodes(a, b));
  }, [rows]);
  const { geo, failed } = useKecamatanGeo();
  const live = useLiveRefetch(year, LIVE_DOCUMENTS);

  if (!periods) return periodsError ? <PageError onRetry={refetchPeriods} /> : <PageLoading />;
  if (year == null) return <PageError message={t('period.none')} />;

  const metricLabel =
    metric === 'total'
      ? t('map.metricTotal')
      : `${metric.slice(8)} ${clusters.find(([code]) => code === metric.slice(8))?.[1] ?? ''}`;
  const title = t('map.caption', { metric: metricLabel, mode: t(`scoreMode.${mode}`), year });

  return (
    <div className="map-page">
      <EvaluatorHeader
        title={t('map.title')}
        subtitle={t('scores.subtitle', { year })}
        live={live.status}
        backYear={year}
      >
        <InlineSelect
          id="map-metric"
          label={t('map.metric')}
          value={metric}
          onChange={(value) => setMetric(value as MapMetric)}
          testId="map-metric"
        >
          <option value="total">{t('map.metricTotal')}</option>
          {clusters.map(([code, name]) => (
            <option key={code} value={`cluster:${code}`}>
              {code} – {name}
            </option>
          ))}
        </InlineSelect>
        <YearSelect periods={periods} year={year} onChange={setYear} />
      </EvaluatorHeader>
      <ScoreModeSwitch mode={mode} onChange={setMode} />
      {!data || !geo ? (
        error || failed ? (
          <PageError onRetry={() => void refetch()} />
        ) : (
          <PageLoading />
        )
      ) : (
        <>
          <ChoroplethMap
            geo={geo}
            values={values}
            scale={metric === 'total' ? 'total' : 'share'}
            hrefOf={(code) => kecamatanHref(code, year)}
            title={title}
          />
          {metric !== 'total' && <p className="page-subtitle">{t('map.shareNote')}</p>}
          <MapValueTable values={values} caption={title} hrefOf={(code) => kecamatanHref(code, year)} />
          <p className="map-attribution">{t('map.attribution')}</p>
        </>
      )}
    </div>
  );
}

export default MapPage;
