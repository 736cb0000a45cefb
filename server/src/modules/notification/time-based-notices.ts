import type { EntityManager } from 'typeorm';
import { DAY_MS, wibDate, workDaysBetween } from '@kecala/domain';
import { Role } from '../auth/user.entity.js';
import { loadHolidaySet } from '../turnaround/holiday.service.js';
import { NotificationKind } from './notification-kinds.js';
import { cardLink, notify, queueLink, type NotifyItem } from './notify.js';

/** Days before a deadline operators are told, largest first. */
export const DEADLINE_NOTICE_DAYS = [7, 3, 1] as const;

/** The notice a deadline is due for at `now`: the smallest of 7/3/1 days it is within; null past it or too far. */
export function deadlineNoticeDays(deadline: Date, now: Date): number | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = DEADLINE_NOTICE_DAYS.filter((days) => left <= days * DAY_MS);
  return due.length === 0 ? null : Math.min(...due);
}

/** Operators of open years whose deadline is 7, 3 or 1 days away (once each: dedupe key per year and step). */
async function deadlineNotices(manager: EntityManager, now: Date): Promise<NotifyItem[]> {
  const periods: Array<{ year: number; deadline: Date }> = await manager.query(
    `SELECT year, deadline FROM period WHERE status = 'OPEN' AND deadline IS NOT NULL AND deadline > $1`,
    [now],
  );
  return periods.flatMap(({ year, deadline }) => {
    const days = deadlineNoticeDays(new Date(deadline), now);
    return days == null
      ? []
      : [
          {
            kind: NotificationKind.DEADLINE_NEAR,
            to: { role: Role.OPERATOR },
            params: { year, days },
            link: cardLink(year),
            dedupeKey: `deadline:${year}:${days}`,
          },
        ];
  });
}

/** Evaluators, per kecamatan: submissions waiting over one working day (once per kecamatan and WIB day). */
async function overdueNotices(manager: EntityManager, now: Date): Promise<NotifyItem[]> {
  const [holidays, rows] = await Promise.all([
    loadHolidaySet(manager),
    manager.query(
      `SELECT s."kecamatanCode", p.year, COALESCE(s."statusChangedAt", s."updatedAt") AS since
       FROM submission s JOIN period p ON p.id = s."periodId"
       WHERE s.status = 'SUBMITTED'`,
    ) as Promise<Array<{ kecamatanCode: string; year: number; since: Date }>>,
  ]);
  const counts = new Map<string, { kecamatanCode: string; year: number; count: number }>();
  for (const row of rows) {
    if (workDaysBetween(new Date(row.since), now, holidays) <= 1) continue;
    const key = `${row.year}|${row.kecamatanCode}`;
    const entry = counts.get(key) ?? { kecamatanCode: row.kecamatanCode, year: row.year, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const day = wibDate(now);
  return [...counts.values()].map(({ kecamatanCode, year, count }) => ({
    kind: NotificationKind.WAITING_OVERDUE,
    to: { role: Role.EVALUATOR },
    params: { year, kecamatanCode, count },
    link: queueLink(year, kecamatanCode),
    dedupeKey: `overdue:${year}:${kecamatanCode}:${day}`,
  }));
}

/** Writes the time-based notifications due at `now`; idempotent (dedupe keys). */
export async function writeTimeBasedNotices(manager: EntityManager, now: Date): Promise<void> {
  const items = [...(await deadlineNotices(manager, now)), ...(await overdueNotices(manager, now))];
  await notify(manager, ...items);
}
