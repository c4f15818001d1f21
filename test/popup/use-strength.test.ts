// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerStrength, STRENGTH_FILE } from '../../src/content/strength-api.ts';

// use-strength.ts loads its script once per popup: each test gets a fresh module and a fresh global.
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__udiLoginHelperParts;
  return import('../../src/popup/use-strength.ts');
}

/** What the browser does with the popup's script element: loads the file, or fails to. */
function serveScripts(outcome: 'load' | 'error') {
  const added: HTMLScriptElement[] = [];
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes) {
      if (!(node instanceof HTMLScriptElement)) continue;
      added.push(node);
      if (outcome === 'load') registerStrength(() => ({ weak: false, reasons: [], advice: [] }));
      queueMicrotask(() => node.dispatchEvent(new Event(outcome)));
    }
  });
  return added;
}

afterEach(() => vi.restoreAllMocks());

describe('the popup loads the strength estimator', () => {
  it('from the file the background injects, registered on the same global', async () => {
    const { STRENGTH_URL, PARTS_GLOBAL } = await freshLoader();
    expect(STRENGTH_URL).toBe(`/${STRENGTH_FILE}`);
    const estimate = () => ({ weak: true, reasons: [], advice: [] });
    registerStrength(estimate);
    expect((globalThis as unknown as Record<string, { strength?: unknown }>)[PARTS_GLOBAL]?.strength).toBe(
      estimate,
    );
  });

  it('once, however often it is asked', async () => {
    const { loadEstimator, STRENGTH_URL } = await freshLoader();
    const added = serveScripts('load');
    const [first, second] = await Promise.all([loadEstimator(), loadEstimator()]);
    expect(first).toBeTypeOf('function');
    expect(second).toBe(first);
    expect(added.map((script) => script.getAttribute('src'))).toEqual([STRENGTH_URL]);
  });

  it('resolves nothing, without throwing, when the file cannot be loaded', async () => {
    const { loadEstimator } = await freshLoader();
    serveScripts('error');
    await expect(loadEstimator()).resolves.toBeUndefined();
  });
});
