import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../shared/format';
import { type ScoreboardRow, clusterColor, clusterOrder, compareClusterCodes, sortByTotal } from './score-model';
import { legendText } from './chart-legend';
import './chart.css';

export interface ScoreboardChartProps {
  rows: readonly ScoreboardRow[];
  /** Fixed width in px (tests, print); by default the chart fills its container. */
  width?: number;
  onSelect?: (kecamatanCode: string) => void;
}

const ROW_HEIGHT = 34;

/** The clusters in instrument order and one datum per kecamatan (its cluster scores by code), highest first. */
function useChartData(rows: readonly ScoreboardRow[]) {
  const sorted = useMemo(() => sortByTotal(rows), [rows]);
  const clusters = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const row of sorted) for (const c of row.clusters) if (!byCode.has(c.code)) byCode.set(c.code, c.name);
    return [...byCode.entries()]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => compareClusterCodes(a.code, b.code));
  }, [sorted]);
  const data = useMemo(
    () =>
      sorted.map((row) => ({
        code: row.code,
        name: row.name,
        total: row.total,
        ...Object.fromEntries(row.clusters.map((c) => [c.code, c.score])),
      })),
    [sorted],
  );
  const totalByCode = useMemo(() => new Map(sorted.map((row) => [row.code, row.total])), [sorted]);
  const maxTotal = Math.max(1000, ...sorted.map((r) => r.maxTotal));
  const height = Math.max(160, sorted.length * ROW_HEIGHT + 90);
  return { clusters, data, totalByCode, maxTotal, height };
}

/** Horizontal stacked bars: one bar per kecamatan, one segment per cluster, highest total on top. */
export function ScoreboardChart({ rows, width, onSelect }: ScoreboardChartProps) {
  const { t } = useTranslation();
  const chartData = useChartData(rows);
  const { height } = chartData;
  return (
    <figure className="chart" aria-label={t('scores.chartLabel')} data-testid="scoreboard-chart">
      {width ? (
        <ScoreboardBars {...chartData} width={width} onSelect={onSelect} />
      ) : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
          <ScoreboardBars {...chartData} onSelect={onSelect} />
        </ResponsiveContainer>
      )}
    </figure>
  );
}

function ScoreboardBars({
  clusters,
  data,
  totalByCode,
  maxTotal,
  height,
  width,
  onSelect,
}: ReturnType<typeof useChartData> & Pick<ScoreboardChartProps, 'width' | 'onSelect'>) {
  const { i18n } = useTranslation();
  const format = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, i18n.language) : String(value ?? '');
  return (
    <BarChart
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      barCategoryGap={6}
      {...(width ? { width, height } : {})}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" domain={[0, maxTotal]} tickFormatter={format} tick={{ fontSize: 12 }} minTickGap={16} />
      <YAxis type="category" dataKey="name" width={96} interval={0} tick={{ fontSize: 12 }} />
      {/* The totals, at the end of each row (a label on the last segment vanishes when it is 0). */}
      <YAxis
        yAxisId="total"
        orientation="right"
        type="category"
        dataKey="code"
        width={44}
        interval={0}
        axisLine={false}
        tickLine={false}
        tick={{ fontSize: 12, fontWeight: 700 }}
        tickFormatter={(code: string) => format(totalByCode.get(code))}
        className="chart-total-axis"
      />
      <Tooltip formatter={format} itemSorter={(item) => clusterOrder(String(item.dataKey))} />
      <Legend itemSorter={null} formatter={legendText} />
      {clusters.map((cluster, index) => (
        <Bar
          key={cluster.code}
          dataKey={cluster.code}
          name={cluster.code}
          stackId="score"
          fill={clusterColor(cluster.code, index)}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={
            onSelect
              ? (entry: { payload?: { code?: string } }) => entry.payload?.code && onSelect(entry.payload.code)
              : undefined
          }
        />
      ))}
    </BarChart>
  );
}
