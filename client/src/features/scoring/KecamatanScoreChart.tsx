import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../shared/format';
import { type ClusterScoreDatum, compareClusterCodes } from './score-model';
import { legendText } from './chart-legend';
import './chart.css';

export interface KecamatanScoreChartProps {
  /** Clusters with `score` in the mode in force (see rowInMode). */
  clusters: readonly ClusterScoreDatum[];
  /** Legend name of the score bars, e.g. "Skor terverifikasi". */
  scoreLabel?: string;
  /** Fixed width in px (tests, print); by default the chart fills its container. */
  width?: number;
}

const HEIGHT = 280;

/** Each cluster's score next to its maximum. */
export function KecamatanScoreChart({ clusters, scoreLabel, width }: KecamatanScoreChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const data = useMemo(
    () =>
      [...clusters]
        .sort((a, b) => compareClusterCodes(a.code, b.code))
        .map((c) => ({ code: c.code, name: c.name, score: c.score, max: c.maxPoints })),
    [clusters],
  );
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : String(value ?? ''));

  const chart = (
    <BarChart
      data={data}
      margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
      barGap={2}
      {...(width ? { width, height: HEIGHT } : {})}
    >
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      <XAxis dataKey="code" interval={0} />
      <YAxis width={40} tickFormatter={format} />
      <Tooltip formatter={format} labelFormatter={(code) => data.find((d) => d.code === code)?.name ?? String(code)} />
      <Legend itemSorter={null} formatter={legendText} />
      <Bar dataKey="max" name={t('kecamatanScore.max')} fill="#b8c9c4" isAnimationActive={false}>
        <LabelList dataKey="max" position="top" formatter={format} className="chart-max-label" />
      </Bar>
      <Bar dataKey="score" name={scoreLabel ?? t('kecamatanScore.score')} fill="#0f5c4d" isAnimationActive={false}>
        <LabelList dataKey="score" position="top" formatter={format} className="chart-score-label" />
      </Bar>
    </BarChart>
  );

  return (
    <figure className="chart" aria-label={t('kecamatanScore.chartLabel')} data-testid="kecamatan-score-chart">
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 320, height: HEIGHT }}>
          {chart}
        </ResponsiveContainer>
      )}
    </figure>
  );
}
