import { Field, ObjectType } from 'type-graphql';
import { badUserInput } from './errors.js';

/** Page sizes of every connection: `first` defaults to 100 and may not exceed 500. */
export const PAGE_SIZE = { default: 100, max: 500 } as const;

/** Options of every connection's `first` argument: `@Arg('first', () => Int, FIRST_ARG)`. */
export const FIRST_ARG = {
  nullable: true,
  defaultValue: PAGE_SIZE.default,
  description: `Page size, 1–${PAGE_SIZE.max}.`,
};

/** Options of every connection's `after` argument: `@Arg('after', () => String, AFTER_ARG)`. */
export const AFTER_ARG = {
  nullable: true,
  description: 'A cursor from a previous page (pageInfo.endCursor); omit for the first page.',
};

@ObjectType({ description: 'Where a page of a connection ends (Relay cursor connections, forward only).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow: ask again with after = endCursor.' })
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of this page's last item (null when the page is empty); opaque, pass it back as after.",
  })
  endCursor: string | null;
}

/** Checks `first`: a clear BAD_USER_INPUT naming the argument. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) {
    throw badUserInput('first', `must be between 1 and ${PAGE_SIZE.max} (default ${PAGE_SIZE.default}), got ${first}`);
  }
  return first;
}

/** An opaque cursor: base64url of the list's name and its sort key. */
export function encodeCursor(list: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/**
 * The sort key of a cursor of `list`, checked part by part against `patterns`; anything else
 * (garbage, a cursor of another list, a forged key) is a BAD_USER_INPUT naming `after`.
 */
export function decodeCursor(
  list: string,
  cursor: string | null | undefined,
  patterns: readonly RegExp[],
): string[] | null {
  if (cursor == null) return null;
  const refuse = () =>
    badUserInput('after', 'is not a cursor of this list: pass back pageInfo.endCursor or an edge cursor unchanged');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed[0] !== list || parsed.length !== patterns.length + 1) throw refuse();
  const key = parsed.slice(1);
  if (!key.every((part, i) => typeof part === 'string' && patterns[i].test(part))) throw refuse();
  return key as string[];
}

/** First `size` rows and whether more follow, from a query that fetched size + 1. */
export function splitPage<T>(rows: T[], size: number): { rows: T[]; hasNextPage: boolean } {
  return rows.length > size ? { rows: rows.slice(0, size), hasNextPage: true } : { rows, hasNextPage: false };
}
