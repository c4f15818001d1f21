import { t } from '../shared/i18n.ts';
import { directionOf, LANGUAGES } from '../shared/language.ts';

/** Each language named in itself ("norsk bokmål", "українська"), so the applicant finds their own. */
function autonym(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function LanguageSetting({ value, onSave }: { value: string; onSave: (language: string) => void }) {
  return (
    <div class="field">
      <label for="settings-language">{t('settings_language')}</label>
      <select id="settings-language" value={value} onChange={(e) => onSave(e.currentTarget.value)}>
        <option value="">{t('settings_language_browser')}</option>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang} dir={directionOf(lang)}>
            {autonym(lang)}
          </option>
        ))}
      </select>
      <p class="hint">{t('settings_language_hint')}</p>
    </div>
  );
}
