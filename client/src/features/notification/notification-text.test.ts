import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { notificationText } from './notification-text';

const t = i18n.t.bind(i18n);

const returned: NotificationFieldsFragment = {
  __typename: 'Notification',
  id: '5b2f1d1e-0000-4000-8000-000000000001',
  kind: 'ANSWER_RETURNED',
  year: 2026,
  kecamatanCode: '32.75.09',
  kecamatanName: 'Jatiasih',
  indicatorCode: 'K1-04',
  indicatorName: 'Akta Kelahiran',
  indicatorNameEn: 'Birth certificates',
  reason: 'Penyebut tidak sesuai data Dukcapil',
  count: null,
  username: null,
  link: '/isian?tahun=2026#indicator-card-K1-04',
  createdAt: '2026-03-02T03:00:00.000Z',
  readAt: null,
};

describe('notificationText: the indicator in the reader’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('id');
  });

  it('names the indicator by its Bahasa short name in Bahasa Indonesia', async () => {
    await i18n.changeLanguage('id');
    expect(notificationText(t, returned, 'id')).toBe(
      'K1-04 Akta Kelahiran dikembalikan evaluator: Penyebut tidak sesuai data Dukcapil',
    );
  });

  it('names it by its English short name in English', async () => {
    await i18n.changeLanguage('en');
    expect(notificationText(t, returned, 'en')).toBe(
      'K1-04 Birth certificates returned by the evaluator: Penyebut tidak sesuai data Dukcapil',
    );
  });

  it('falls back to Bahasa in English for an older notification without the English name (or a blank one)', async () => {
    await i18n.changeLanguage('en');
    for (const indicatorNameEn of [null, ' ']) {
      expect(notificationText(t, { ...returned, indicatorNameEn }, 'en')).toBe(
        'K1-04 Akta Kelahiran returned by the evaluator: Penyebut tidak sesuai data Dukcapil',
      );
    }
  });
});
