import './ProgressBar.css';
/** A decorative bar; the text next to it carries the numbers for screen readers. */
export function ProgressBar({ value, max }: { value: number; max: number }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <span className="progress-bar" aria-hidden="true">
      <span className="progress-bar-fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
