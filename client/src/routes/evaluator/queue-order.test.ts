import { describe, expect, it } from 'vitest';
import { orderRows, waitingOf } from './queue-order';

const row = (id: string, statusChangedAt: string | null, updatedAt = '2026-03-01T00:00:00.000Z') => ({
  id,
  submission: { status: 'SUBMITTED' as const, statusChangedAt, updatedAt },
});

describe('queue order and waiting', () => {
  it('puts the longest waiting first by default, keeps the server order by kecamatan', () => {
    const rows = [row('b', '2026-03-05T02:00:00.000Z'), row('a', '2026-03-02T02:00:00.000Z'), row('c', null)];
    expect(orderRows(rows, 'terlama').map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(orderRows(rows, 'kecamatan').map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('counts working days waited, skipping the weekend and holidays, overdue past one', () => {
    // Thursday 09:00 WIB → Monday 10:00 WIB with Friday a holiday: Thursday 15 h + Monday 10 h.
    const submitted = row('x', '2026-03-05T02:00:00.000Z').submission;
    expect(waitingOf(submitted, new Set(['2026-03-06']), new Date('2026-03-09T03:00:00.000Z'))).toEqual({
      days: 1,
      overdue: true,
    });
    expect(waitingOf(submitted, new Set(), new Date('2026-03-05T10:00:00.000Z'))).toEqual({ days: 0, overdue: false });
    expect(waitingOf({ ...submitted, status: 'VERIFIED' }, new Set(), new Date())).toBeNull();
  });
});
