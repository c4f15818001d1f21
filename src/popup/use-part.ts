import { useEffect, useState } from 'preact/hooks';
import type { EstimateStrength } from '../content/parts.ts';
import type { Explain } from '../policy/check-rules.ts';

/**
 * Parts of the content script the popup's checker uses too, loaded from the same files the background
 * injects into UDI's pages (src/content/parts.ts) and found in the same registry, so the package holds one
 * copy of each: the explanation engine (which characters UDI refuses and why, ≈ 4 KB gzip, once a refused
 * character is typed) and the strength estimator (≈ 0.8 MB, at the first password UDI accepts). Neither counts
 * against the popup's up-front size. Spelled out here rather than imported: the background imports
 * parts.ts too, and a module both import becomes a chunk of its own on the popup's up-front budget.
 * test/popup/use-part.test.ts keeps both equal to parts.ts's.
 */
export const PART_URLS = {
  explain: '/src/content/explain.js',
  strength: '/src/content/strength.js',
} as const;
export const PARTS_GLOBAL = '__udiLoginHelperParts';

interface PopupParts {
  explain: Explain;
  strength: EstimateStrength;
}
type PopupPart = keyof PopupParts;
type Registry = { [PARTS_GLOBAL]?: Partial<PopupParts> };

const loading = new Map<PopupPart, Promise<unknown>>();

/** As a plain script: `import()` would come wrapped in the bundler's 0.5 KB preload helper. */
export function loadPart<P extends PopupPart>(part: P): Promise<PopupParts[P] | undefined> {
  let loaded = loading.get(part);
  if (!loaded) {
    loaded = new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = PART_URLS[part];
      // Loaded: it registered itself. Not loaded: nothing registered, so undefined.
      script.onload = script.onerror = () => resolve((globalThis as Registry)[PARTS_GLOBAL]?.[part]);
      document.head.append(script);
    });
    loading.set(part, loaded);
  }
  return loaded as Promise<PopupParts[P] | undefined>;
}

/**
 * A part, loaded the first time `wanted` is true, never when the popup opens. Undefined until it is
 * there, and for good if it cannot be loaded: the checker then goes without what it adds.
 */
export function usePart<P extends PopupPart>(part: P, wanted: boolean): PopupParts[P] | undefined {
  const [value, setValue] = useState<PopupParts[P]>();
  useEffect(() => {
    if (wanted) loadPart(part).then((loaded) => setValue(() => loaded));
  }, [part, wanted]);
  return value;
}
