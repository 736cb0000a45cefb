import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from '../i18n/id.json';
import en from '../i18n/en.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kecala.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Typed keys: a key missing from id.json fails the typecheck.
    resources: { translation: typeof id };
  }
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

function applyDocumentLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the UI language and remembers the choice on this device. */
export function setLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the switch still applies for this visit.
  }
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** BCP 47 locale for number and date formatting. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}
