import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ScoreCategory } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { CategoryBadge } from '../scoring/CategoryBadge';
import '../scoring/chart.css';
import './insight.css';
import { TableScroll } from '../../shared/TableScroll';

export interface TrendPoint {
  year: number;
  total: number;
  category: ScoreCategory;
  /** Generated demonstration history, not real data: labelled "data demo" wherever it shows. */
  demo: boolean;
  /** The year is still open: its total is not final, so it is drawn hollow and labelled. */
  inProgress: boolean;
}

export interface TrendChartProps {
  title: string;
  valueLabel: string;
  points: readonly TrendPoint[];
  width?: number;
}

const HEIGHT = 260;

/** Totals per year (line, band edges as reference lines) and the same numbers as a table. */
export function TrendChart({ title, valueLabel, points, width }: TrendChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const titleId = useId();
  // The open year's total is drawn as its own hollow point, not joined to the final years by the
  // line: an unfinished year would otherwise read as a collapse.
  const data = useMemo(
    () =>
      [...points]
        .sort((a, b) => a.year - b.year)
        .map((point) => ({
          ...point,
          finalTotal: point.inProgress ? null : point.total,
          openTotal: point.inProgress ? point.total : null,
        })),
    [points],
  );
  const demoLabel = t('trend.demo');
  const inProgressLabel = t('trend.inProgress');
  const yearLabel = (year: number) => {
    const point = data.find((d) => d.year === year);
    if (point?.demo) return `${year} (${demoLabel})`;
    if (point?.inProgress) return `${year} (${inProgressLabel})`;
    return String(year);
  };
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : String(value ?? ''));

  const chart = (
    <LineChart
      data={data}
      margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
      {...(width ? { width, height: HEIGHT } : {})}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="year"
        tickFormatter={(year: number) => {
          const point = data.find((d) => d.year === year);
          return point?.demo ? `${year}*` : point?.inProgress ? `${year}…` : String(year);
        }}
      />
      <YAxis domain={[0, 1000]} ticks={[0, 500, 600, 700, 800, 900, 1000]} width={56} tickFormatter={format} />
      {[500, 600, 700, 800, 900].map((edge) => (
        <ReferenceLine key={edge} y={edge} stroke="#9aa7a3" strokeDasharray="2 4" />
      ))}
      <Tooltip formatter={format} labelFormatter={(year) => yearLabel(Number(year))} />
      <Line
        type="linear"
        dataKey="finalTotal"
        name={valueLabel}
        stroke="#0f5c4d"
        strokeWidth={2}
        isAnimationActive={false}
        dot={(props: { cx?: number; cy?: number; index?: number }) => {
          const point = data[props.index ?? 0];
          // Demo years: a hollow square; the open year: a hollow circle; final real years: a filled
          // circle (shape, not colour, tells them apart).
          if (point?.demo) {
            return (
              <rect
                key={`dot-${props.index}`}
                x={(props.cx ?? 0) - 5}
                y={(props.cy ?? 0) - 5}
                width={10}
                height={10}
                fill="#fff"
                stroke="#b35c00"
                strokeWidth={2}
              />
            );
          }
          return point?.inProgress || props.cy == null ? (
            <g key={`dot-${props.index}`} />
          ) : (
            <circle key={`dot-${props.index}`} cx={props.cx} cy={props.cy} r={5} fill="#0f5c4d" />
          );
        }}
      >
        <LabelList dataKey="finalTotal" position="top" formatter={format} className="chart-score-label" />
      </Line>
      <Line
        type="linear"
        dataKey="openTotal"
        name={`${valueLabel} (${inProgressLabel})`}
        stroke="#0f5c4d"
        strokeDasharray="4 4"
        isAnimationActive={false}
        dot={(props: { cx?: number; cy?: number; index?: number }) =>
          props.cy == null ? (
            <g key={`open-${props.index}`} />
          ) : (
            <circle
              key={`open-${props.index}`}
              cx={props.cx}
              cy={props.cy}
              r={5}
              fill="#fff"
              stroke="#0f5c4d"
              strokeWidth={2}
              data-testid="trend-dot-in-progress"
            />
          )
        }
      >
        <LabelList dataKey="openTotal" position="top" formatter={format} className="chart-score-label" />
      </Line>
    </LineChart>
  );

  return (
    <section className="insight-section" aria-labelledby={titleId} data-testid="trend-chart">
      <h2 id={titleId} className="table-title">
        {title}
      </h2>
      {data.length === 0 ? (
        <p className="page-message">{t('trend.empty')}</p>
      ) : (
        <>
          <figure className="chart" aria-label={t('trend.chartLabel', { title })}>
            {width ? (
              chart
            ) : (
              <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 320, height: HEIGHT }}>
                {chart}
              </ResponsiveContainer>
            )}
            {(data.some((d) => d.demo) || data.some((d) => d.inProgress)) && (
              <figcaption className="chart-note">
                {data.some((d) => d.demo) && (
                  <span className="chart-note-line">
                    <span aria-hidden="true">□ *</span> {t('trend.demoNote')}
                  </span>
                )}
                {data.some((d) => d.inProgress) && (
                  <span className="chart-note-line" data-testid="trend-in-progress-note">
                    <span aria-hidden="true">○ …</span> {t('trend.inProgressNote')}
                  </span>
                )}
              </figcaption>
            )}
          </figure>
          <TableScroll label={t('trend.tableLabel', { title })}>
            <table className="score-table trend-table" data-testid="trend-table">
              <thead>
                <tr>
                  <th scope="col">{t('scores.year')}</th>
                  <th scope="col" className="num">
                    {valueLabel}
                  </th>
                  <th scope="col">{t('scores.category')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((point) => (
                  <tr
                    key={point.year}
                    data-testid={`trend-row-${point.year}`}
                    data-demo={point.demo}
                    data-in-progress={point.inProgress}
                  >
                    <th scope="row">
                      {point.year}
                      {point.demo ? <span className="badge demo-badge">{demoLabel}</span> : null}
                      {point.inProgress ? <span className="badge in-progress-badge">{inProgressLabel}</span> : null}
                    </th>
                    <td className="num">{formatNumber(point.total, language)}</td>
                    <td>
                      <CategoryBadge category={point.category} testId={`trend-category-${point.year}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
