import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES, SCORE_CATEGORIES } from '@kecala/domain';
import id from './id.json';
import en from './en.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  it('translate every domain error code and score category', () => {
    for (const code of FIELD_ERROR_CODES) expect(id.fieldError).toHaveProperty(code);
    for (const category of SCORE_CATEGORIES) expect(id.category).toHaveProperty(category);
    expect(id.category.NONE).toBe('Belum berperingkat');
    expect(en.category.NONE).toBe('Not ranked');
  });
});
