import { chosenLanguage, t } from '../shared/i18n.ts';
import { type Settings, settingsItem } from '../stored/storage.ts';
import { chooseLanguage } from './choose-language.ts';
import { ExtraSites } from './extra-sites.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { LengthSetting } from './length-setting.tsx';
import { useItem } from './use-item.ts';

/**
 * Generator length, login-page hints, and the extra sites the applicant added. `onLanguage` re-renders the
 * popup in the language just chosen, in place: no reload, so the select keeps focus and arrowing through
 * its options never throws the applicant out of the page (WCAG 3.2.2).
 */
export function SettingsView({ onLanguage }: { onLanguage: () => void }) {
  const settings = useItem(settingsItem).value;
  const save = (patch: Partial<Settings>) => settingsItem.update((s) => ({ ...s, ...patch }));
  return (
    <section aria-labelledby="settings-heading" data-view="settings">
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      {settings && (
        <>
          <LanguageSetting
            value={chosenLanguage()}
            onSave={async (language) => {
              // A catalog that cannot be loaded changes nothing: the select shows the language still in use.
              await chooseLanguage(language).catch(() => {});
              onLanguage();
            }}
          />
          <LengthSetting
            value={settings.generatorLength}
            onSave={(generatorLength) => save({ generatorLength })}
          />
          <label class="choice">
            <input
              type="checkbox"
              id="settings-hints"
              checked={settings.loginHints}
              onChange={(e) => save({ loginHints: e.currentTarget.checked })}
            />
            <span>{t('settings_hints')}</span>
          </label>
        </>
      )}
      <ExtraSites />
    </section>
  );
}
