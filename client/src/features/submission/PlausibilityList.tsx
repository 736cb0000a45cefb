import { useTranslation } from 'react-i18next';

/** One plausibility warning in both languages (the domain rule's and the server's shape). */
export interface PlausibilityWarningText {
  code: string;
  message: string;
  messageEn: string;
}

/** The warnings under their title, each in the UI language. */
export function PlausibilityList({ title, warnings }: { title: string; warnings: readonly PlausibilityWarningText[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      <p className="plausibility-title">{title}</p>
      <ul className="plausibility-list">
        {warnings.map((warning) => (
          <li key={warning.code} data-code={warning.code}>
            {i18n.language === 'en' ? warning.messageEn : warning.message}
          </li>
        ))}
      </ul>
    </>
  );
}
