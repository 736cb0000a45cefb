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
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
