import { useEffect, useState } from 'preact/hooks';
import type { EstimateStrength } from '../content/strength-api.ts';

/**
 * The estimator file the background injects into UDI's pages (STRENGTH_FILE) and the registry of parts it
 * registers in (src/content/parts.ts): the popup loads the same file, so the package holds one copy
 * (≈ 0.8 MB gzip), not two. Spelled out here rather than imported: the background imports parts.ts too,
 * and a module both import becomes a chunk of its own on the popup's up-front budget.
 * test/popup/use-strength.test.ts keeps both equal to parts.ts's.
 */
export const STRENGTH_URL = '/src/content/strength.js';
export const PARTS_GLOBAL = '__udiLoginHelperParts';

type Registry = { [PARTS_GLOBAL]?: { strength?: EstimateStrength } };

let loading: Promise<EstimateStrength | undefined> | undefined;

/** As a plain script: `import()` would come wrapped in the bundler's 0.5 KB preload helper. */
export function loadEstimator(): Promise<EstimateStrength | undefined> {
  loading ??= new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = STRENGTH_URL;
    // Loaded: it registered itself. Not loaded: nothing registered, so undefined.
    script.onload = script.onerror = () => resolve((globalThis as Registry)[PARTS_GLOBAL]?.strength);
    document.head.append(script);
  });
  return loading;
}

/**
 * The strength estimator, loaded the first time `wanted` is true (the checker's first keystroke or
 * Generate), never when the popup opens. Undefined until it is there, and for good if it cannot be loaded:
 * the checker then shows no strength note.
 */
export function useStrengthEstimator(wanted: boolean): EstimateStrength | undefined {
  const [estimate, setEstimate] = useState<EstimateStrength>();
  useEffect(() => {
    if (wanted) loadEstimator().then((loaded) => setEstimate(() => loaded));
  }, [wanted]);
  return estimate;
}
