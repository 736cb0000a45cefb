import './chart.css';
/** Legend entries in the text colour (recharts colours them like their series, too faint for light fills). */
export function legendText(value: unknown) {
  return <span className="chart-legend-text">{String(value)}</span>;
}
