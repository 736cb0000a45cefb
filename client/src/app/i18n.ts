import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
// Bahasa Indonesia (the default, and the fallback) is in the first load; English is its own chunk,
// fetched only when it is the chosen language or the user switches to it.
import id from '../i18n/id.json';

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
  resources: { id: { translation: id } },
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

/** Fetches a language's texts once (English is a lazy chunk); resolves when they are usable. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const texts = (await import('../i18n/en.json')).default;
  i18n.addResourceBundle(language, 'translation', texts);
}

/** The stored language ready to render: immediate for Bahasa, after the English chunk otherwise. */
export async function languageReady(): Promise<void> {
  const language = currentLanguage();
  if (language === 'id') return;
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } catch {
    // Offline without the English chunk: Bahasa Indonesia (the fallback) is shown.
    await i18n.changeLanguage('id');
  }
}

/** Switches the UI language (fetching it first when needed) and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the switch still applies for this visit.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** BCP 47 locale for number and date formatting. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}
