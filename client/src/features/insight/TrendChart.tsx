import { type ReactElement, useId, useMemo } from 'react';
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
import { CategoryCell, ColumnHeader, NumberCell, ScoreTable } from '../scoring/ScoreTable';
import '../scoring/chart.css';
import './insight.css';

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

/** A point as drawn: the final years joined by the line, the open year on its own. */
interface TrendDatum extends TrendPoint {
  finalTotal: number | null;
  openTotal: number | null;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

const HEIGHT = 260;
const STROKE = '#0f5c4d';

/** Totals per year (line, band edges as reference lines) and the same numbers as a table. */
export function TrendChart({ title, valueLabel, points, width }: TrendChartProps) {
  const { t } = useTranslation();
  const titleId = useId();
  // The open year's total is drawn as its own hollow point, not joined to the final years by the
  // line: an unfinished year would otherwise read as a collapse.
  const data = useMemo<TrendDatum[]>(
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
              <TrendLineChart data={data} valueLabel={valueLabel} width={width} />
            ) : (
              <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 320, height: HEIGHT }}>
                <TrendLineChart data={data} valueLabel={valueLabel} />
              </ResponsiveContainer>
            )}
            <TrendNotes data={data} />
          </figure>
          <TrendTable data={data} title={title} valueLabel={valueLabel} />
        </>
      )}
    </section>
  );
}

/** Demo years: a hollow square; the open year: nothing (its own line draws it); final real years: a filled circle. */
function finalDot(data: readonly TrendDatum[]) {
  return function FinalDot(props: DotProps): ReactElement {
    const point = data[props.index ?? 0];
    // Shape, not colour, tells them apart.
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
      <circle key={`dot-${props.index}`} cx={props.cx} cy={props.cy} r={5} fill={STROKE} />
    );
  };
}

/** The open year: a hollow circle. */
function openDot(props: DotProps): ReactElement {
  return props.cy == null ? (
    <g key={`open-${props.index}`} />
  ) : (
    <circle
      key={`open-${props.index}`}
      cx={props.cx}
      cy={props.cy}
      r={5}
      fill="#fff"
      stroke={STROKE}
      strokeWidth={2}
      data-testid="trend-dot-in-progress"
    />
  );
}

/** The line chart itself (fixed width when given, else sized by its ResponsiveContainer). */
function TrendLineChart({ data, valueLabel, width }: { data: TrendDatum[]; valueLabel: string; width?: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const inProgressLabel = t('trend.inProgress');
  const yearLabel = (year: number) => {
    const point = data.find((d) => d.year === year);
    if (point?.demo) return `${year} (${t('trend.demo')})`;
    if (point?.inProgress) return `${year} (${inProgressLabel})`;
    return String(year);
  };
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : String(value ?? ''));
  return (
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
        stroke={STROKE}
        strokeWidth={2}
        isAnimationActive={false}
        dot={finalDot(data)}
      >
        <LabelList dataKey="finalTotal" position="top" formatter={format} className="chart-score-label" />
      </Line>
      <Line
        type="linear"
        dataKey="openTotal"
        name={`${valueLabel} (${inProgressLabel})`}
        stroke={STROKE}
        strokeDasharray="4 4"
        isAnimationActive={false}
        dot={openDot}
      >
        <LabelList dataKey="openTotal" position="top" formatter={format} className="chart-score-label" />
      </Line>
    </LineChart>
  );
}

/** What the hollow square and circle mean, when the chart has any. */
function TrendNotes({ data }: { data: readonly TrendDatum[] }) {
  const { t } = useTranslation();
  const demo = data.some((d) => d.demo);
  const inProgress = data.some((d) => d.inProgress);
  if (!demo && !inProgress) return null;
  return (
    <figcaption className="chart-note">
      {demo && (
        <span className="chart-note-line">
          <span aria-hidden="true">□ *</span> {t('trend.demoNote')}
        </span>
      )}
      {inProgress && (
        <span className="chart-note-line" data-testid="trend-in-progress-note">
          <span aria-hidden="true">○ …</span> {t('trend.inProgressNote')}
        </span>
      )}
    </figcaption>
  );
}

/** The chart's numbers as a table, a row per year. */
function TrendTable({ data, title, valueLabel }: { data: readonly TrendDatum[]; title: string; valueLabel: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ScoreTable
      label={t('trend.tableLabel', { title })}
      className="trend-table"
      testId="trend-table"
      head={
        <>
          <ColumnHeader>{t('scores.year')}</ColumnHeader>
          <ColumnHeader num>{valueLabel}</ColumnHeader>
          <ColumnHeader>{t('scores.category')}</ColumnHeader>
        </>
      }
    >
      {data.map((point) => (
        <tr
          key={point.year}
          data-testid={`trend-row-${point.year}`}
          data-demo={point.demo}
          data-in-progress={point.inProgress}
        >
          <th scope="row">
            {point.year}
            {point.demo ? <span className="badge demo-badge">{t('trend.demo')}</span> : null}
            {point.inProgress ? <span className="badge in-progress-badge">{t('trend.inProgress')}</span> : null}
          </th>
          <NumberCell>{formatNumber(point.total, i18n.language)}</NumberCell>
          <CategoryCell category={point.category} testId={`trend-category-${point.year}`} />
        </tr>
      ))}
    </ScoreTable>
  );
}
