import type { ReactNode } from 'react';

/**
 * The admin pages' table (users, periods, indicator sets, API tokens): a scroll box, a caption for
 * screen readers, one header row of column names; the rows are the page's own.
 */
export function AdminTable({
  caption,
  columns,
  testId,
  children,
}: {
  caption: string;
  columns: readonly string[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="users-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
