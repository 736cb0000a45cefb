import { useTranslation } from 'react-i18next';
import { setLanguage } from './i18n';

/** Toggles ID ⇄ EN; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language === 'en' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      data-lang={current}
      title={t('lang.switch')}
      onClick={() => void setLanguage(current === 'id' ? 'en' : 'id')}
    >
      <span className={current === 'id' ? 'lang-switch-active' : undefined} lang="id">
        {t('lang.id')}
      </span>
      <span aria-hidden="true">/</span>
      <span className={current === 'en' ? 'lang-switch-active' : undefined} lang="en">
        {t('lang.en')}
      </span>
      {/* The accessible name keeps the visible "ID / EN" and says what the button does. */}
      <span className="visually-hidden">{t('lang.switch')}</span>
    </button>
  );
}
