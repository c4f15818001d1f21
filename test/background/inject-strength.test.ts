import { describe, expect, it, vi } from 'vitest';
import type { Runtime, Scripting } from 'webextension-polyfill';
import { injectPart } from '../../src/background/inject-part.ts';
import { INJECT_STRENGTH, STRENGTH_FILE } from '../../src/content/strength-api.ts';

// The strength estimator is a part like the others (parts.ts): the same request, the same sender checks
// (test/background/inject-part.test.ts runs them for every part). Unit tests see Chrome's behaviour.
const OWN_ID = 'our-extension';
const fromFrame = (
  frameId: number | undefined,
  id = OWN_ID,
  documentId: string | undefined = `doc-${frameId}`,
) => ({ id, frameId, documentId, tab: { id: 7 } }) as Runtime.MessageSender;

describe('the background injects the strength estimator', () => {
  it('on a request that carries nothing but which part', () => {
    expect(JSON.stringify(INJECT_STRENGTH)).toBe('{"type":"inject","part":"strength"}');
  });

  it('into exactly the document whose mount code asked', async () => {
    const executeScript = vi.fn(async (_: Scripting.ScriptInjection) => []);
    await expect(injectPart(INJECT_STRENGTH, fromFrame(3), OWN_ID, executeScript)).resolves.toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, documentIds: ['doc-3'] },
      files: [STRENGTH_FILE],
    });
  });

  it('answers false, without throwing, when the browser refuses the injection', async () => {
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(injectPart(INJECT_STRENGTH, fromFrame(0), OWN_ID, refused)).resolves.toBe(false);
  });

  it('ignores other senders, senders outside a tab and senders without a frame or document', () => {
    const executeScript = vi.fn(async () => []);
    expect(
      injectPart(INJECT_STRENGTH, fromFrame(0, 'another-extension'), OWN_ID, executeScript),
    ).toBeUndefined();
    expect(
      injectPart(INJECT_STRENGTH, { id: OWN_ID } as Runtime.MessageSender, OWN_ID, executeScript),
    ).toBeUndefined();
    expect(injectPart(INJECT_STRENGTH, fromFrame(undefined), OWN_ID, executeScript)).toBeUndefined();
    const noDocument = { id: OWN_ID, frameId: 0, tab: { id: 7 } } as Runtime.MessageSender;
    expect(injectPart(INJECT_STRENGTH, noDocument, OWN_ID, executeScript)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });
});
