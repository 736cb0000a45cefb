import { describe, expect, it } from 'vitest';
import { checkEvidenceChecklistSeed, checkIndicatorSetSeed, defaultDeadline, operatorUsername } from './seed.js';
import { readEvidenceChecklistSeed, readIndicatorSetSeed, readKecamatanSeed, readKelurahanSeed } from './seed-files.js';

describe('seed files', () => {
  it('hold the 12 kecamatan and 56 kelurahan of Kota Bekasi with Kemendagri codes', () => {
    const kecamatan = readKecamatanSeed();
    const kelurahan = readKelurahanSeed();
    expect(kecamatan).toHaveLength(12);
    expect(kelurahan).toHaveLength(56);
    expect(kecamatan.every((k) => /^32\.75\.\d{2}$/.test(k.code))).toBe(true);
    expect(kelurahan.every((k) => /^32\.75\.\d{2}\.1\d{3}$/.test(k.code) && k.code.startsWith(k.kecamatanCode))).toBe(
      true,
    );
    expect(kecamatan.find((k) => k.code === '32.75.09')).toEqual({
      code: '32.75.09',
      name: 'Jatiasih',
      alternativeName: 'Jati Asih',
    });
  });

  it('hold a consistent KLA-24 instrument: 24 indicators, rules matching maxPoints, 1000 points', () => {
    const set = readIndicatorSetSeed();
    expect(checkIndicatorSetSeed(set)).toEqual([]);
    expect(set.indicators.map((i) => i.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('hold an English text beside every Bahasa text of every KLA-24 indicator', () => {
    const set = readIndicatorSetSeed();
    const k104 = set.indicators.find((i) => i.code === 'K1-04')!;
    expect(k104).toMatchObject({ shortNameEn: 'Birth certificates', unitEn: null });
    expect(k104.guidanceEn).toMatch(/^Operational definition: /);
    const broken = { ...set, indicators: [{ ...k104, numeratorLabelEn: ' ', unitEn: 'children' }] };
    expect(checkIndicatorSetSeed(broken)).toContain('K1-04: numeratorLabelEn is missing');
    expect(checkIndicatorSetSeed(broken)).toContain('K1-04: unitEn without unit');
  });

  it('reports an instrument whose points do not add up to 1000', () => {
    const set = readIndicatorSetSeed();
    const broken = {
      ...set,
      indicators: set.indicators.map((i, n) => (n === 0 ? { ...i, maxPoints: i.maxPoints + 1 } : i)),
    };
    expect(checkIndicatorSetSeed(broken)).toEqual([
      'KEL-01: rule gives at most 60 points, maxPoints is 61',
      'maxPoints add up to 1001, not 1000',
    ]);
  });

  it('names demo operators after their kecamatan and ends the year at 23:59:59 WIB', () => {
    expect(operatorUsername('32.75.09')).toBe('op-3275-09');
    expect(defaultDeadline(2026).toISOString()).toBe('2026-12-31T16:59:59.000Z');
  });

  it('hold an evidence checklist for every KLA-24 indicator: 1–3 items, at least one required, codes unique per indicator', () => {
    const set = readIndicatorSetSeed();
    const checklist = readEvidenceChecklistSeed();
    expect(checkEvidenceChecklistSeed(checklist, set)).toEqual([]);
    expect(Object.keys(checklist.requirements).sort()).toEqual(set.indicators.map((i) => i.code).sort());
    for (const indicator of set.indicators) {
      const items = checklist.requirements[indicator.code];
      expect(items.length, indicator.code).toBeGreaterThanOrEqual(1);
      expect(items.length, indicator.code).toBeLessThanOrEqual(3);
      expect(items.filter((item) => item.required).length, indicator.code).toBeGreaterThanOrEqual(1);
      expect(new Set(items.map((item) => item.code)).size, indicator.code).toBe(items.length);
      expect(
        items.every((item) => /^[A-Z][A-Z0-9_]*$/.test(item.code) && item.label.length > 0 && item.labelEn.length > 0),
      ).toBe(true);
    }
    expect(checklist.requirements['KEL-02'][0]).toMatchObject({ code: 'SK_GUGUS_TUGAS_KLA', required: true });
  });

  it('reports a checklist item problem by indicator and code', () => {
    const set = readIndicatorSetSeed();
    const checklist = readEvidenceChecklistSeed();
    const first = checklist.requirements['KEL-01'][0];
    const broken = {
      ...checklist,
      requirements: {
        ...checklist.requirements,
        'KEL-01': [
          { ...first, required: false },
          { ...first, code: first.code, required: false },
        ],
        'K1-04': [],
        'K9-99': [first],
      },
    };
    expect(checkEvidenceChecklistSeed(broken, set)).toEqual([
      'K9-99: not an indicator of KLA-24',
      'KEL-01: no required evidence item',
      `KEL-01: code ${first.code} appears twice`,
      'K1-04: has 0 evidence items, expected 1–3',
    ]);
  });
});
