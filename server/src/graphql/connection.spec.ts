import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, splitPage } from './connection.js';

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const ID = /^[0-9a-f-]{36}$/;

describe('pageSize', () => {
  it('defaults to 100 and accepts 1–500', () => {
    expect(pageSize(undefined)).toBe(100);
    expect(pageSize(null)).toBe(100);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(500)).toBe(500);
  });
  it.each([0, -1, 501, 1.5])('refuses %s naming the argument', (first) => {
    expect(() => pageSize(first)).toThrowError(
      expect.objectContaining({
        message: expect.stringMatching(/^first: must be between 1 and 500/),
        extensions: { code: 'BAD_USER_INPUT', field: 'first' },
      }),
    );
  });
});

describe('cursors', () => {
  const key = ['2026-02-01T10:00:00.000123Z', '0b6f4c1e-3c1d-4f7e-9a55-0a1b2c3d4e5f'];
  it('round-trip, opaque (base64url)', () => {
    const cursor = encodeCursor('submission', key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('2026');
    expect(decodeCursor('submission', cursor, [AT, ID])).toEqual(key);
    expect(decodeCursor('submission', null, [AT, ID])).toBeNull();
  });
  it.each([
    ['garbage', 'not a cursor'],
    ['another list', encodeCursor('audit', key)],
    ['a forged key', encodeCursor('submission', ['yesterday', key[1]])],
    ['too many parts', encodeCursor('submission', [...key, 'x'])],
    ['not JSON', Buffer.from('{{').toString('base64url')],
  ])('refuses %s naming after', (_label, cursor) => {
    expect(() => decodeCursor('submission', cursor, [AT, ID])).toThrowError(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    );
  });
});

describe('splitPage', () => {
  it('tells whether more rows follow from the extra row', () => {
    expect(splitPage([1, 2, 3], 2)).toEqual({ rows: [1, 2], hasNextPage: true });
    expect(splitPage([1, 2], 2)).toEqual({ rows: [1, 2], hasNextPage: false });
    expect(splitPage([], 2)).toEqual({ rows: [], hasNextPage: false });
  });
});
