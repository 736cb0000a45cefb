import type { ReactNode } from 'react';

/** A small button of a table row's actions; `danger` for the ones that take something away. */
export function RowButton({
  onClick,
  testId,
  danger = false,
  children,
}: {
  onClick: () => void;
  testId: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button button--small${danger ? ' button--danger' : ''}`}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

/** A row's actions: the buttons in a line, then what the chosen one opens (children). */
export function RowActions({ buttons, children }: { buttons: ReactNode; children?: ReactNode }) {
  return (
    <div className="user-actions">
      <div className="user-actions-buttons">{buttons}</div>
      {children}
    </div>
  );
}
