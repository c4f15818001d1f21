import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-for.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist');
const POPUP_PATH = 'src/popup/index.html';
// Fixed so the popup's moz-extension:// URL is known before launch (Firefox picks a random one otherwise).
const FIREFOX_UUID = '6f1c2f5e-4b7a-4e0f-9d1e-2b8f6a9c0d31';

const INSTALL: Record<BrowserName, { env: string; path: string; apt: string }> = {
  chromium: { env: 'CHROMIUM_BIN', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'FIREFOX_BIN', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/** The browser binary, or a loud error that says how to install it: the e2e suite never skips. */
export function browserBinary(name: BrowserName): string {
  const { env, path, apt } = INSTALL[name];
  const bin = process.env[env] || path;
  if (!existsSync(bin)) {
    throw new Error(
      `${name} not found at ${bin}. Install it with: sudo apt-get update && sudo apt-get install -y ${apt}` +
        ` (or point ${env} at the binary). The end-to-end tests need it and do not skip.`,
    );
  }
  return bin;
}

export interface LaunchOptions {
  /**
   * `test` (default): dist/test/<browser>, the shipped code plus the test contract and http matches
   * (vite.config.ts); `shipped`: dist/<browser>, exactly what the stores get (https only, no test contract).
   */
  build?: 'test' | 'shipped';
  /** UI language, e.g. 'nb' (Chromium --lang, Firefox intl.locale.requested). */
  lang?: string;
  /** Default true; the demo opens a window when a display exists. */
  headless?: boolean;
}

export interface Launched {
  name: BrowserName;
  browser: Browser;
  extensionId: string;
  /** URL of an extension page, e.g. the popup. */
  extensionUrl(path?: string): string;
  newPage(): Promise<Page>;
  /**
   * The errors the extension caught (src/content/contain.ts) since the last call, in every page opened
   * through `newPage`, also those closed meanwhile; reading clears them. The suite fails a test on any.
   */
  caughtErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Read and cleared through the platform's prototypes: fixtures clobber `document.documentElement`. */
async function takeCaughtErrors(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const read = frame
      .evaluate(() => {
        const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get?.call(
          document,
        );
        if (!(root instanceof Element)) return null;
        const count = Element.prototype.getAttribute.call(root, 'data-udi-helper-errors');
        const last = Element.prototype.getAttribute.call(root, 'data-udi-helper-error');
        Element.prototype.removeAttribute.call(root, 'data-udi-helper-errors');
        return count ? `${count} caught, the last: ${last}` : null;
      })
      .catch(() => null); // a frame that is gone or navigating has nothing to report
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000));
    const report = await Promise.race([read, timeout]);
    if (report) found.push(`${frame.url()}: ${report}`);
  }
  return found;
}

/** Pages opened through the harness report what the extension caught in them, also when a test closes them. */
function tracking(browser: Browser): Pick<Launched, 'newPage' | 'caughtErrors'> {
  const open = new Set<Page>();
  const closed: string[] = [];
  return {
    newPage: async () => {
      const page = await browser.newPage();
      open.add(page);
      const close = page.close.bind(page);
      page.close = async (options) => {
        if (page.isClosed()) return; // a test that closed it already
        if (open.delete(page)) closed.push(...(await takeCaughtErrors(page)));
        return close(options);
      };
      return page;
    },
    caughtErrors: async () => {
      const found = closed.splice(0);
      for (const page of open) {
        if (page.isClosed()) open.delete(page);
        else found.push(...(await takeCaughtErrors(page)));
      }
      return found;
    },
  };
}

/** Launches one headless browser with the built extension installed, using `proxyPort` for every http URL. */
export async function launch(
  name: BrowserName,
  proxyPort: number,
  options: LaunchOptions = {},
): Promise<Launched> {
  const executablePath = browserBinary(name);
  const folder = name === 'chromium' ? 'chrome' : 'firefox';
  const distDir = options.build === 'shipped' ? join(DIST, folder) : join(DIST, 'test', folder);
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`${distDir}/manifest.json is missing: run \`npm run build\` before the e2e tests.`);
  }
  return name === 'chromium'
    ? launchChromium(executablePath, distDir, proxyPort, options)
    : launchFirefox(executablePath, distDir, proxyPort, options);
}

async function launchChromium(
  executablePath: string,
  distDir: string,
  proxyPort: number,
  { lang, headless = true }: LaunchOptions,
): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'udi-e2e-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    // The fixture server's https certificate is self-signed (server.ts).
    acceptInsecureCerts: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    env: { ...process.env, ...(lang ? { LANGUAGE: lang, LANG: `${lang}.UTF-8` } : {}) },
  });
  const extensionId = await browser.installExtension(distDir);
  return {
    name: 'chromium',
    browser,
    extensionId,
    extensionUrl: (path = POPUP_PATH) => `chrome-extension://${extensionId}/${path}`,
    ...tracking(browser),
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(
  executablePath: string,
  distDir: string,
  proxyPort: number,
  { lang, headless = true }: LaunchOptions,
): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    acceptInsecureCerts: true,
    // Needed to open moz-extension:// pages over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      // https too, so that an https request would show up at the proxy (which refuses it) instead of leaving.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(lang ? { 'intl.locale.requested': lang } : {}),
    },
  });
  const extensionId = await browser.installExtension(distDir);
  return {
    name: 'firefox',
    browser,
    extensionId,
    extensionUrl: (path = POPUP_PATH) => `moz-extension://${FIREFOX_UUID}/${path}`,
    ...tracking(browser),
    close: () => browser.close(),
  };
}
