import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import nb from '../../public/_locales/nb/messages.json' with { type: 'json' };
import { type Catalog, format } from '../../src/shared/language.ts';

/**
 * A stand-in for `src/shared/browser.ts` in unit tests: i18n reads en (or nb) messages.json with placeholders,
 * storage.local lives in memory and fires onChanged, and permissions / scripting / tabs record what the
 * popup asked for. Use with `vi.mock('…/src/shared/browser.ts', () => import('…/fake-browser.ts'))`; importing
 * it also installs it as `globalThis.browser`, where native.ts (used by browser.ts, i18n and storage) finds it.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
}

const LOCALES: Record<string, Catalog> = { en, nb };

export function getMessage(key: string, subs: string | string[] = []): string {
  if (key === '@@ui_locale') return state.locale;
  if (key === '@@bidi_dir') return 'ltr';
  return format((LOCALES[state.locale] ?? (en as Catalog))[key], Array.isArray(subs) ? subs : [subs]);
}

export const state = {
  /** The UI language the fake i18n answers in: 'en' (default) or 'nb'. */
  locale: 'en',
  store: new Map<string, unknown>(),
  listeners: new Set<Listener>(),
  granted: new Set<string>(['https://*.udi.no/*']),
  /** What the next permissions.request answers. */
  grantOnRequest: true,
  requests: [] as string[][],
  scripts: new Map<string, RegisteredScript>(),
  activeTabUrl: undefined as string | undefined,
  /** Undefined = running as the toolbar popup; a tab = opened in a tab. */
  currentTab: undefined as { id: number } | undefined,
  created: [] as string[],
  /** storage.local.set rejects, as a full or broken profile does. */
  failWrites: false,
};

export function resetFakeBrowser(): void {
  state.locale = 'en';
  state.store.clear();
  state.listeners.clear();
  state.granted = new Set(['https://*.udi.no/*']);
  state.grantOnRequest = true;
  state.failWrites = false;
  state.requests = [];
  state.scripts.clear();
  state.activeTabUrl = undefined;
  state.currentTab = undefined;
  state.created = [];
}

const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

const fake = {
  runtime: {
    id: 'fake-extension-id',
    getURL: (path: string) => `chrome-extension://fake-extension-id/${path.replace(/^\//, '')}`,
  },
  i18n: { getMessage },
  storage: {
    local: {
      async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
        const wanted = keys == null ? [...state.store.keys()] : Array.isArray(keys) ? keys : [keys];
        const out: Record<string, unknown> = {};
        for (const key of wanted) if (state.store.has(key)) out[key] = clone(state.store.get(key));
        return out;
      },
      async set(items: Record<string, unknown>): Promise<void> {
        if (state.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: clone(state.store.get(key)), newValue: clone(value) };
          state.store.set(key, clone(value));
        }
        for (const listener of state.listeners) listener(changes, 'local');
      },
      async remove(key: string): Promise<void> {
        state.store.delete(key);
      },
    },
    onChanged: {
      addListener: (listener: Listener) => state.listeners.add(listener),
      removeListener: (listener: Listener) => state.listeners.delete(listener),
      hasListener: (listener: Listener) => state.listeners.has(listener),
    },
  },
  permissions: {
    async contains({ origins = [] }: { origins?: string[] }): Promise<boolean> {
      return origins.every((o) => state.granted.has(o));
    },
    async request({ origins = [] }: { origins?: string[] }): Promise<boolean> {
      state.requests.push(origins);
      if (state.grantOnRequest) for (const o of origins) state.granted.add(o);
      return state.grantOnRequest;
    },
    async getAll(): Promise<{ origins: string[]; permissions: string[] }> {
      return { origins: [...state.granted], permissions: ['storage', 'activeTab', 'scripting'] };
    },
    async remove({ origins = [] }: { origins?: string[] }): Promise<boolean> {
      for (const o of origins) state.granted.delete(o);
      return true;
    },
  },
  scripting: {
    async registerContentScripts(scripts: RegisteredScript[]): Promise<void> {
      for (const s of scripts) {
        if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.scripts.set(s.id, clone(s));
      }
    },
    async unregisterContentScripts({ ids = [] }: { ids?: string[] } = {}): Promise<void> {
      for (const id of ids) state.scripts.delete(id);
    },
    async getRegisteredContentScripts(): Promise<RegisteredScript[]> {
      return [...state.scripts.values()].map(clone);
    },
  },
  tabs: {
    async query(): Promise<{ id: number; url?: string }[]> {
      return [{ id: 1, ...(state.activeTabUrl ? { url: state.activeTabUrl } : {}) }];
    },
    async getCurrent(): Promise<{ id: number } | undefined> {
      return state.currentTab;
    },
    async create({ url }: { url: string }): Promise<{ id: number }> {
      state.created.push(url);
      return { id: 2 };
    },
  },
};

export default fake;

// browser.ts, i18n.ts and storage-item.ts use the platform's own namespace (native.ts): install the fake
// where they look for it.
(globalThis as unknown as { browser: typeof fake }).browser = fake;

export function isContextValid(): boolean {
  return true;
}
