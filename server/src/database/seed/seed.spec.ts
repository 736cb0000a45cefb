import { describe, expect, it } from 'vitest';
import { checkIndicatorSetSeed, defaultDeadline, operatorUsername } from './seed.js';
import { readIndicatorSetSeed, readKecamatanSeed, readKelurahanSeed } from './seed-files.js';

describe('seed files', () => {
  it('hold the 12 kecamatan and 56 kelurahan of Kota Bekasi with Kemendagri codes', () => {
    const kecamatan = readKecamatanSeed();
    const kelurahan = readKelurahanSeed();
    expect(kecamatan).toHaveLength(12);
    expect(kelurahan).toHaveLength(56);
    expect(kecamatan.every((k) => /^32\.75\.\d{2}$/.test(k.code))).toBe(true);
    expect(kelurahan.every((k) => /^32\.75\.\d{2}\.1\d{3}$/.test(k.code) && k.code.startsWith(k.kecamatanCode))).toBe(true);
    expect(kecamatan.find((k) => k.code === '32.75.09')).toEqual({ code: '32.75.09', name: 'Jatiasih', alternativeName: 'Jati Asih' });
  });

  it('hold a consistent KLA-24 instrument: 24 indicators, rules matching maxPoints, 1000 points', () => {
    const set = readIndicatorSetSeed();
    expect(checkIndicatorSetSeed(set)).toEqual([]);
    expect(set.indicators.map((i) => i.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('reports an instrument whose points do not add up to 1000', () => {
    const set = readIndicatorSetSeed();
    const broken = { ...set, indicators: set.indicators.map((i, n) => (n === 0 ? { ...i, maxPoints: i.maxPoints + 1 } : i)) };
    expect(checkIndicatorSetSeed(broken)).toEqual([
      'KEL-01: rule gives at most 60 points, maxPoints is 61',
      'maxPoints add up to 1001, not 1000',
    ]);
  });

  it('names demo operators after their kecamatan and ends the year at 23:59:59 WIB', () => {
    expect(operatorUsername('32.75.09')).toBe('op-3275-09');
    expect(defaultDeadline(2026).toISOString()).toBe('2026-12-31T16:59:59.000Z');
  });
});
