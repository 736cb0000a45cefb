import { describe, expect, it } from 'vitest';
import { contentLanguage, localized } from './localized.js';

describe('localized', () => {
  it('shows the English text in English and the Bahasa text otherwise', () => {
    expect(localized('Akta Kelahiran', 'Birth certificates', 'en')).toBe('Birth certificates');
    expect(localized('Akta Kelahiran', 'Birth certificates', 'id')).toBe('Akta Kelahiran');
  });

  it('falls back to Bahasa when the English text is empty or missing', () => {
    expect(localized('lembaga', null, 'en')).toBe('lembaga');
    expect(localized('lembaga', undefined, 'en')).toBe('lembaga');
    expect(localized('lembaga', '  ', 'en')).toBe('lembaga');
    expect(localized(null, null, 'en')).toBeNull();
  });

  it('reads a language from a request value', () => {
    expect(contentLanguage('en')).toBe('en');
    expect(contentLanguage('en-GB')).toBe('en');
    expect(contentLanguage('id')).toBe('id');
    expect(contentLanguage(undefined)).toBe('id');
    expect(contentLanguage(['en'])).toBe('id');
  });
});
