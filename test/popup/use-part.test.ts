// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PARTS, registerPart } from '../../src/content/parts.ts';
import { findRefused } from '../../src/policy/find-refused.ts';

// use-part.ts loads each script once per popup: each test gets a fresh module and a fresh global.
async function freshLoader() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__udiLoginHelperParts;
  return import('../../src/popup/use-part.ts');
}

/** What the browser does with the popup's script element: loads the file (which registers), or fails. */
function serveScripts(outcome: 'load' | 'error') {
  const added: HTMLScriptElement[] = [];
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes) {
      if (!(node instanceof HTMLScriptElement)) continue;
      added.push(node);
      if (outcome === 'load') {
        if (node.src.endsWith(PARTS.strength))
          registerPart('strength', () => ({ weak: false, reasons: [], advice: [] }));
        if (node.src.endsWith(PARTS.explain)) registerPart('explain', findRefused);
      }
      queueMicrotask(() => node.dispatchEvent(new Event(outcome)));
    }
  });
  return added;
}

afterEach(() => vi.restoreAllMocks());

describe('the popup loads parts of the content script', () => {
  it('from the files the background injects, registered on the same global', async () => {
    const { PART_URLS, PARTS_GLOBAL } = await freshLoader();
    expect(PART_URLS).toEqual({ explain: `/${PARTS.explain}`, strength: `/${PARTS.strength}` });
    const estimate = () => ({ weak: true, reasons: [], advice: [] });
    registerPart('strength', estimate);
    expect((globalThis as unknown as Record<string, { strength?: unknown }>)[PARTS_GLOBAL]?.strength).toBe(
      estimate,
    );
  });

  it.each(['explain', 'strength'] as const)('loads %s once, however often it is asked', async (part) => {
    const { loadPart, PART_URLS } = await freshLoader();
    const added = serveScripts('load');
    const [first, second] = await Promise.all([loadPart(part), loadPart(part)]);
    expect(first).toBeTypeOf('function');
    expect(second).toBe(first);
    expect(added.map((script) => script.getAttribute('src'))).toEqual([PART_URLS[part]]);
  });

  it('resolves nothing, without throwing, when the file cannot be loaded', async () => {
    const { loadPart } = await freshLoader();
    serveScripts('error');
    await expect(loadPart('strength')).resolves.toBeUndefined();
  });
});
