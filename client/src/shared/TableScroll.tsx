import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box: a named region that the keyboard can reach, so that it can
 * be scrolled without a mouse. Named by `label` or by the id of a visible title (`labelledBy`).
 */
export function TableScroll({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box must take focus to scroll by keyboard (axe scrollable-region-focusable); a named region is the pattern
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
