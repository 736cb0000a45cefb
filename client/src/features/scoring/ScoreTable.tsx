import type { ReactNode, TableHTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { ScoreCategory } from '../../gql/graphql';
import { TableScroll } from '../../shared/TableScroll';
import { CategoryBadge } from './CategoryBadge';

export interface ScoreTableProps extends Omit<TableHTMLAttributes<HTMLTableElement>, 'children'> {
  /** The scroll region's name: the id of a visible title, or a label. */
  labelledBy?: string;
  label?: string;
  testId: string;
  /** The header row's cells. */
  head: ReactNode;
  /** The body's rows. */
  children: ReactNode;
  caption?: ReactNode;
}

/**
 * The score table (global `score-table` styles, `tables.css`) in its keyboard-scrollable frame:
 * one header row, then the rows. Extra classes and attributes go on the table.
 */
export function ScoreTable({
  labelledBy,
  label,
  testId,
  head,
  children,
  caption,
  className,
  ...table
}: ScoreTableProps) {
  return (
    <TableScroll label={label} labelledBy={labelledBy}>
      <table className={className ? `score-table ${className}` : 'score-table'} data-testid={testId} {...table}>
        {caption != null && <caption>{caption}</caption>}
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** A column header; `num` right-aligns it over numbers, `inForce` marks the score mode in force. */
export function ColumnHeader({
  children,
  num = false,
  inForce = false,
}: {
  children: ReactNode;
  num?: boolean;
  inForce?: boolean;
}) {
  const className = [num && 'num', inForce && 'in-force'].filter(Boolean).join(' ');
  return (
    <th scope="col" className={className || undefined}>
      {children}
    </th>
  );
}

/** A row's header: the name, as a link when the row leads somewhere. */
export function RowHeader({ to, label, children }: { to?: string; label?: string; children: ReactNode }) {
  return (
    <th scope="row">
      {to ? (
        <Link to={to} aria-label={label}>
          {children}
        </Link>
      ) : (
        children
      )}
    </th>
  );
}

/** A number, right-aligned. */
export function NumberCell({ children }: { children: ReactNode }) {
  return <td className="num">{children}</td>;
}

/** The band of a row's score. */
export function CategoryCell({ category, testId }: { category: ScoreCategory; testId: string }) {
  return (
    <td>
      <CategoryBadge category={category} testId={testId} />
    </td>
  );
}
