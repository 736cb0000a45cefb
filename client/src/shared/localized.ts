import { useTranslation } from 'react-i18next';
import { localized } from '@kecala/domain';

export { localized };

/** The texts of an indicator that have an English field beside them (`shortName` / `shortNameEn`, …). */
export type IndicatorTextField = 'shortName' | 'name' | 'guidance' | 'numeratorLabel' | 'denominatorLabel' | 'unit';

type WithText<F extends IndicatorTextField> = { [K in F]?: string | null } & { [K in `${F}En`]?: string | null };

/**
 * One text of an indicator in a language: the English field in English when it is filled,
 * otherwise the Bahasa one. Every screen shows indicator texts through this (or `useLocalized`),
 * so switching ID/EN needs no refetch: both texts are in every query and in the offline cache.
 */
export function indicatorText<F extends IndicatorTextField>(
  indicator: WithText<F>,
  field: F,
  language: string,
): string | null {
  const bahasa = (indicator as Record<string, string | null | undefined>)[field] ?? null;
  const english = (indicator as Record<string, string | null | undefined>)[`${field}En`];
  return localized(bahasa, english, language);
}

/** The current language and helpers bound to it; re-renders the component when the language changes. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    /** A Bahasa text and its English one (an option or checklist label, a cluster name). */
    text: (bahasa: string, english: string | null | undefined) => localized(bahasa, english, language),
    /** One text of an indicator, e.g. `indicator(i, 'shortName')`. */
    indicator: <F extends IndicatorTextField>(item: WithText<F>, field: F) => indicatorText(item, field, language),
  };
}
