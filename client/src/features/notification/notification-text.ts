import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment, NotificationKind } from '../../gql/graphql';
import { localized } from '../../shared/localized';

/**
 * A notification in words, in the user's language, from its kind and what it names. The indicator
 * is named in English when the notification carries its English name (older ones do not: Bahasa).
 */
export function notificationText(t: TFunction, n: NotificationFieldsFragment, language: string): string {
  const name = localized(n.indicatorName, n.indicatorNameEn, language);
  const values = {
    year: n.year ?? '',
    kecamatan: n.kecamatanName ?? n.kecamatanCode ?? '',
    indicator: name ? `${n.indicatorCode} ${name}` : (n.indicatorCode ?? ''),
    reason: n.reason ?? '',
    count: n.count ?? 0,
    username: n.username ?? '',
  };
  return String(t(`notification.kind.${n.kind}` as never, values as never)).trim();
}

/** The name of a kind, for the e-mail choices. */
export function notificationKindLabel(t: TFunction, kind: NotificationKind): string {
  return String(t(`notification.kindName.${kind}` as never));
}
