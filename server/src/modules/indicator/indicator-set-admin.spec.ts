import { describe, expect, it } from 'vitest';
import { checklistErrors } from './indicator-set-admin.checks.js';
import { insertionNumber } from './indicator-set-admin.service.js';

const clusters = ['KEL', 'K1', 'K2', 'K3', 'K4', 'K5'].map((code, i) => ({ code, sortOrder: i + 1 }));
const cluster = (code: string) => clusters.find((c) => c.code === code)!;
// KEL 1–3, K2 4–5 (K1 has none), K3 6.
const indicators = [
  { clusterCode: 'KEL', number: 1 },
  { clusterCode: 'KEL', number: 2 },
  { clusterCode: 'KEL', number: 3 },
  { clusterCode: 'K2', number: 4 },
  { clusterCode: 'K2', number: 5 },
  { clusterCode: 'K3', number: 6 },
];

describe('insertionNumber', () => {
  it('takes the number of the indicator now at that place in the cluster', () => {
    expect(insertionNumber(indicators, clusters, cluster('K2'), 1)).toBe(4);
    expect(insertionNumber(indicators, clusters, cluster('K2'), 2)).toBe(5);
    expect(insertionNumber(indicators, clusters, cluster('KEL'), 3)).toBe(3);
  });
  it('goes last in the cluster without a place or past its end', () => {
    expect(insertionNumber(indicators, clusters, cluster('K2'), null)).toBe(6);
    expect(insertionNumber(indicators, clusters, cluster('K2'), 9)).toBe(6);
    expect(insertionNumber(indicators, clusters, cluster('K3'), null)).toBe(7);
  });
  it('starts an empty cluster after the clusters before it', () => {
    expect(insertionNumber(indicators, clusters, cluster('K1'), 1)).toBe(4);
    expect(insertionNumber(indicators, clusters, cluster('K5'), null)).toBe(7);
    expect(insertionNumber([], clusters, cluster('K4'), null)).toBe(1);
  });
});

describe('checklistErrors', () => {
  it('names duplicate codes, missing labels and a list without a required item, under the given field', () => {
    const errors = checklistErrors(
      [
        { code: 'A', label: 'a', labelEn: 'a', required: false },
        { code: 'A', label: ' ', labelEn: 'b', required: false },
      ],
      'evidenceItems',
    );
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'evidenceItems.1.code:DUPLICATE',
      'evidenceItems.1.label:REQUIRED',
      'evidenceItems:REQUIRED_ITEM',
    ]);
    expect(checklistErrors([{ code: 'A', label: 'a', labelEn: 'a', required: true }])).toEqual([]);
  });
});
