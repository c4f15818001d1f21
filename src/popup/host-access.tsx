import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { hasUdiAccess, UDI_ORIGINS } from './sites.ts';

/**
 * Firefox (and Chrome's "on click" site access) let the user withhold udi.no; the content script then never
 * runs. Says so and asks again on request. Renders nothing while access is granted.
 */
export function HostAccess() {
  const [state, setState] = useState<'unknown' | 'granted' | 'missing' | 'denied'>('unknown');
  useEffect(() => {
    hasUdiAccess()
      .then((ok) => setState(ok ? 'granted' : 'missing'))
      .catch(() => setState('granted'));
  }, []);
  if (state === 'unknown' || state === 'granted') return null;
  const request = () => {
    // First thing in the click handler: the prompt is allowed only in response to user input.
    browser.permissions
      .request({ origins: UDI_ORIGINS })
      .then((ok) => setState(ok ? 'granted' : 'denied'))
      .catch(() => setState('denied'));
  };
  return (
    <div class="notice" role="status" data-notice="host-access">
      <p>{t('settings_access_missing')}</p>
      <button type="button" class="primary" onClick={request}>
        {t('settings_access_grant')}
      </button>
      {state === 'denied' && <p>{t('settings_access_denied')}</p>}
    </div>
  );
}
