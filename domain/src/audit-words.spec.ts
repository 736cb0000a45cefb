import { describe, expect, it } from 'vitest';
import { auditActionLabel, describeAuditChanges } from './audit-words.js';

describe('describeAuditChanges', () => {
  it('puts a change of answer and status in words, in both languages', () => {
    const entry = {
      before: { status: 'SUBMITTED', version: 3, numerator: 12, note: null },
      after: { status: 'VERIFIED', version: 4, numerator: 15, note: null },
    };
    expect(describeAuditChanges(entry, 'id')).toEqual(['Status: Diajukan → Diverifikasi', 'Nilai pembilang 12 → 15']);
    expect(describeAuditChanges(entry, 'en')).toEqual(['Status: Submitted → Verified', 'Numerator value 12 → 15']);
  });

  it('lists what a creation set and leaves out empty fields and bookkeeping', () => {
    expect(describeAuditChanges({ before: null, after: { count: 7, note: '', version: 1 } }, 'id')).toEqual([
      'Nilai jumlah: 7',
    ]);
  });

  it('compares only the fields a change wrote, and never prints JSON', () => {
    const lines = describeAuditChanges(
      { before: { status: 'SUBMITTED', numerator: 3 }, after: { status: 'VERIFIED', verifiedAsEntered: true } },
      'id',
    );
    expect(lines).toEqual(['Status: Diajukan → Diverifikasi', 'Diverifikasi sesuai isian: Ya']);
    const nested = describeAuditChanges({ before: null, after: { query: { year: '2026' } } }, 'en');
    expect(nested.join()).not.toMatch(/[{}"]/);
  });

  it('names known actions and humanizes unknown ones', () => {
    expect(auditActionLabel('SUBMISSION_VERIFIED', 'id')).toBe('Diverifikasi');
    expect(auditActionLabel('SOMETHING_NEW', 'en')).toBe('Something new');
  });
});
