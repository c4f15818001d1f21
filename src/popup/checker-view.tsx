import { useMemo, useState } from 'preact/hooks';
import { checkRules, hasRefused } from '../policy/check-rules.ts';
import { GENERATOR_LENGTH, generatePassword, generatorBits } from '../policy/generate.ts';
import { UDI_POLICY } from '../policy/udi-policy.ts';
import { t } from '../shared/i18n.ts';
import { settingsItem } from '../stored/storage.ts';
import { StrengthNote } from '../ui/strength-note.tsx';
import { RefusedList, RuleList } from '../ui/verdict-view.tsx';
import { Status, type StatusMessage } from './status.tsx';
import { useItem } from './use-item.ts';
import { usePart } from './use-part.ts';

/**
 * Try a password against UDI's rules, with the overlay's own explanations. The password lives only in this
 * component's state: never stored, logged, sent, or put in an attribute, and gone when the popup closes.
 */
export function CheckerView() {
  const length = useItem(settingsItem).value?.generatorLength ?? GENERATOR_LENGTH.default;
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [showCharacters, setShowCharacters] = useState(false);
  const [status, setStatus] = useState<StatusMessage>();
  // Which characters UDI refuses and why: loaded the first time one is typed (the rules say so at once).
  const quick = checkRules(password, UDI_POLICY, {}, undefined);
  const explain = usePart('explain', hasRefused(quick));
  const verdict = explain ? checkRules(password, UDI_POLICY, {}, explain) : quick;
  const state = password === '' ? 'empty' : verdict.ok ? 'ok' : 'refused';
  // How easy it is to guess: loaded at the first password UDI accepts, as on UDI's pages, and estimated
  // once per value (an estimate takes milliseconds, tens for a long password), not on every render.
  const estimate = usePart('strength', verdict.ok);
  const strength = useMemo(
    () => (verdict.ok ? estimate?.(password) : undefined),
    [estimate, password, verdict.ok],
  );

  const generate = () => {
    setPassword(generatePassword({ length }));
    setVisible(true);
    setStatus({ text: t('popup_check_generated') });
  };
  const copy = () => {
    navigator.clipboard
      .writeText(password)
      .then(() => setStatus({ text: t('popup_check_copied') }))
      .catch(() => setStatus({ text: t('popup_check_copy_failed'), error: true }));
  };

  return (
    <section aria-labelledby="check-heading" data-view="check">
      <h2 id="check-heading">{t('popup_check_heading')}</h2>
      <p>{t('popup_check_intro')}</p>
      <div class="field">
        <label for="check-password">{t('popup_check_field')}</label>
        <div class="password-row">
          <input
            id="check-password"
            // Preact's types pair each input type with its own attributes; both of these take the same ones.
            type={(visible ? 'text' : 'password') as 'text'}
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={password}
            aria-describedby="check-result"
            onInput={(e) => {
              setPassword(e.currentTarget.value);
              setStatus(undefined);
            }}
          />
          <button type="button" class="secondary" aria-pressed={visible} onClick={() => setVisible(!visible)}>
            {t('popup_check_show')}
          </button>
        </div>
      </div>
      {/* One live region for UDI's verdict and, once UDI accepts the password, how easy it is to guess. */}
      <div id="check-result" class={`verdict verdict-${state}`} data-verdict={state} aria-live="polite">
        {state === 'ok' && (
          <>
            <span aria-hidden="true">✓</span> {t('popup_check_ok')}
          </>
        )}
        {state === 'refused' && t('popup_check_refused')}
        <StrengthNote verdict={strength} pending={state === 'ok'} />
      </div>
      <div class={state === 'empty' ? 'checklist' : 'checklist touched'}>
        <RuleList verdict={verdict} />
        <RefusedList
          refused={verdict.refused}
          total={verdict.refusedCount}
          showCharacters={showCharacters}
          onToggleCharacters={() => setShowCharacters(!showCharacters)}
        />
      </div>
      <div class="actions">
        <button type="button" class="primary" data-action="generate" onClick={generate}>
          {t('popup_check_generate')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="copy"
          aria-describedby="check-copy-note"
          disabled={password === ''}
          onClick={copy}
        >
          {t('popup_check_copy')}
        </button>
      </div>
      <p class="hint" id="check-copy-note">
        {t('popup_check_copy_note')}
      </p>
      <Status status={status} />
      <p class="hint">{t('popup_check_generate_note', String(length), String(generatorBits(length)))}</p>
      <p class="hint">{t('settings_length_why')}</p>
      <p class="hint">{t('popup_check_page_limits')}</p>
    </section>
  );
}
