import browser from '../shared/browser.ts';

/** The hosts the manifest's content script matches. Firefox lets users withhold this permission. */
export const UDI_ORIGINS = ['https://*.udi.no/*'];
const COVERING_UDI = new Set([...UDI_ORIGINS, '*://*.udi.no/*', 'https://*/*', '*://*/*', '<all_urls>']);

/**
 * Whether the content script may run on udi.no. `permissions.contains` alone is not enough: Chrome answers
 * false for hosts granted through `content_scripts` (they show up only in `getAll`); Firefox answers both.
 */
export async function hasUdiAccess(): Promise<boolean> {
  const [contains, all] = await Promise.all([
    browser.permissions.contains({ origins: UDI_ORIGINS }).catch(() => false),
    browser.permissions.getAll(),
  ]);
  return contains || (all.origins ?? []).some((origin) => COVERING_UDI.has(origin));
}

/** The content script as the build names it (CRXJS keeps the source path, with .js). */
const CONTENT_SCRIPT = 'src/content/index.js';
const ID_PREFIX = 'site:';

export interface Site {
  host: string;
  /** Match pattern for the host, https only: on plain http anyone on the network path writes the page. */
  pattern: string;
}

/** The site of a tab's URL, if it is a web page the manifest does not already cover. */
export function siteOf(url: string | undefined): Site | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname;
  if (!host || host === 'udi.no' || host.endsWith('.udi.no')) return undefined;
  return { host, pattern: `https://${host}/*` };
}

/**
 * The active tab's site. Reading its URL needs no `tabs` permission: `activeTab` grants it for the tab
 * whose toolbar button opened the popup. Undefined when there is no such tab or it is not a web page.
 */
export async function activeSite(): Promise<Site | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return siteOf(tab?.url);
}

/** Sites added by the applicant: the registered content scripts are the one record of them. */
export async function listSites(): Promise<Site[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((s) => s.id.startsWith(ID_PREFIX))
    .map((s) => {
      const host = s.id.slice(ID_PREFIX.length);
      return { host, pattern: `https://${host}/*` };
    });
}

/**
 * Asks for the site's host permission, then registers the content script there (kept across restarts).
 * Call it straight from a click: browsers allow the permission prompt only in response to user input, so
 * the request is the first thing done, before any await.
 */
export async function addSite(site: Site): Promise<'added' | 'denied'> {
  const granted = await browser.permissions.request({ origins: [site.pattern] });
  if (!granted) return 'denied';
  const id = ID_PREFIX + site.host;
  await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => {});
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [site.pattern],
      js: [CONTENT_SCRIPT],
      runAt: 'document_start',
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
  return 'added';
}

export async function removeSite(site: Site): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [ID_PREFIX + site.host] }).catch(() => {});
  await browser.permissions.remove({ origins: [site.pattern] });
}
