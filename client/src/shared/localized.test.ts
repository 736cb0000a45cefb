import { describe, expect, it } from 'vitest';
import { createCache } from '../app/apollo';
import { IndicatorFieldsFragmentDoc } from '../gql/graphql';
import { percentageIndicator } from '../test/fixtures';
import { indicatorText } from './localized';

describe('indicatorText', () => {
  it('is the English field in English when filled, the Bahasa one otherwise', () => {
    expect(indicatorText(percentageIndicator, 'shortName', 'en')).toBe('Birth certificates');
    expect(indicatorText(percentageIndicator, 'shortName', 'id')).toBe('Akta Kelahiran');
    expect(indicatorText({ unit: 'lembaga', unitEn: '' }, 'unit', 'en')).toBe('lembaga');
    expect(indicatorText({ unit: null, unitEn: null }, 'unit', 'en')).toBeNull();
    expect(indicatorText({ name: 'Nama', nameEn: 'Name' }, 'name', 'en')).toBe('Name');
  });
});

describe('an offline cache written before the English fields existed', () => {
  it('still answers the indicator fragment, the English texts read as untranslated', () => {
    const cache = createCache();
    const {
      shortNameEn: _s,
      guidanceEn: _g,
      numeratorLabelEn: _n,
      denominatorLabelEn: _d,
      unitEn: _u,
      ...older
    } = percentageIndicator;
    // What an older app version stored: the indicator without the new fields.
    cache.restore({ 'Indicator:ind-4': { ...older } as never });
    const read = cache.readFragment({
      id: 'Indicator:ind-4',
      fragment: IndicatorFieldsFragmentDoc,
      fragmentName: 'IndicatorFields',
    });
    expect(read).toMatchObject({ shortName: 'Akta Kelahiran', shortNameEn: null, guidanceEn: null, unitEn: null });
    expect(indicatorText(read!, 'shortName', 'en')).toBe('Akta Kelahiran');
  });
});
