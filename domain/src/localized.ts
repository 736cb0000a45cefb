/** The two languages of the content: Bahasa Indonesia (the default, always present) and English. */
export type ContentLanguage = 'id' | 'en';

/**
 * The text to show in a language: the English text when the language is English and it has one,
 * otherwise the Bahasa Indonesia text (an untranslated field falls back to Bahasa, never to blank).
 * Used by the client for every indicator text and by the server's exports, so both agree.
 */
export function localized<T extends string | null | undefined>(
  bahasa: T,
  english: string | null | undefined,
  language: ContentLanguage | string,
): T | string {
  if (language === 'en' && english != null && english.trim() !== '') return english;
  return bahasa;
}

/** The language a request or a setting names: "en" is English, anything else Bahasa Indonesia. */
export function contentLanguage(value: unknown): ContentLanguage {
  return typeof value === 'string' && value.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
}
