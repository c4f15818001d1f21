import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { activeSite, addSite, listSites, removeSite, type Site } from './sites.ts';
import { Status, type StatusMessage } from './status.tsx';

/** "Use on this site" for a page UDI moved to another host, and the list of sites added that way. */
export function ExtraSites() {
  const [sites, setSites] = useState<Site[]>();
  const [active, setActive] = useState<Site>();
  const [status, setStatus] = useState<StatusMessage>();
  const refresh = () =>
    listSites()
      .then(setSites)
      .catch(() => setSites([]));
  useEffect(() => {
    refresh();
    activeSite()
      .then(setActive)
      .catch(() => {});
  }, []);

  const add = (site: Site) => {
    addSite(site)
      .then((result) => {
        setStatus(
          result === 'added'
            ? { text: t('settings_site_added', site.host) }
            : { text: t('settings_site_denied'), error: true },
        );
        return refresh();
      })
      .catch(() => setStatus({ text: t('settings_site_failed'), error: true }));
  };
  const remove = async (site: Site) => {
    await removeSite(site).catch(() => {});
    await refresh();
  };
  const offer = active && sites && !sites.some((s) => s.host === active.host) ? active : undefined;

  return (
    <section aria-labelledby="sites-heading" class="sites">
      <h3 id="sites-heading">{t('settings_sites_heading')}</h3>
      <p>{t('settings_sites_intro')}</p>
      {offer && (
        <>
          <button
            type="button"
            class="primary"
            data-action="use-site"
            aria-describedby="site-hint"
            onClick={() => add(offer)}
          >
            {t('settings_site_use', offer.host)}
          </button>
          <p class="hint" id="site-hint">
            {t('settings_site_use_hint')}
          </p>
        </>
      )}
      <Status status={status} />
      {sites &&
        (sites.length === 0 ? (
          <p class="muted">{t('settings_sites_none')}</p>
        ) : (
          <ul class="site-list" aria-label={t('settings_sites_label')}>
            {sites.map((site) => (
              <li key={site.host}>
                <bdi>{site.host}</bdi>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('settings_site_remove_named', site.host)}
                  onClick={() => remove(site)}
                >
                  {t('settings_site_remove')}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
