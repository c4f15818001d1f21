import { describe, expect, it, vi } from 'vitest';
import type { Runtime, Scripting } from 'webextension-polyfill';
import { injectPart } from '../../src/background/inject-part.ts';
import { injectRequest, PARTS } from '../../src/content/parts.ts';

// Unit tests run with __FIREFOX__ false: the Chrome behaviour (document ids) is what they see.
const OWN_ID = 'our-extension';
const fromFrame = (
  frameId: number | undefined,
  id = OWN_ID,
  documentId: string | undefined = `doc-${frameId}`,
) => ({ id, frameId, documentId, tab: { id: 7 } }) as Runtime.MessageSender;

describe('the background injects a part of the content script', () => {
  it.each(Object.keys(PARTS) as (keyof typeof PARTS)[])(
    'injects %s into exactly the document whose content script asked (its document id)',
    async (part) => {
      const executeScript = vi.fn(async (_: Scripting.ScriptInjection) => []);
      await expect(injectPart(injectRequest(part), fromFrame(3), OWN_ID, executeScript)).resolves.toBe(true);
      expect(executeScript).toHaveBeenCalledWith({
        target: { tabId: 7, documentIds: ['doc-3'] },
        files: [PARTS[part]],
      });
    },
  );

  it('refuses a sender without a frame id or a document id, instead of guessing the top frame', () => {
    const executeScript = vi.fn(async () => []);
    expect(injectPart(injectRequest('mounts'), fromFrame(undefined), OWN_ID, executeScript)).toBeUndefined();
    const noDocument = { id: OWN_ID, frameId: 0, tab: { id: 7 } } as Runtime.MessageSender;
    expect(injectPart(injectRequest('mounts'), noDocument, OWN_ID, executeScript)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers false, without throwing, when the browser refuses the injection', async () => {
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(injectPart(injectRequest('mounts'), fromFrame(0), OWN_ID, refused)).resolves.toBe(false);
  });

  it('ignores other messages, unknown parts, other senders and senders outside a tab', () => {
    const executeScript = vi.fn(async () => []);
    for (const message of [
      { type: 'something-else' },
      null,
      { type: 'inject', part: 'toString' },
      { type: 'inject', part: '__proto__' },
      { type: 'inject', part: '../../evil.js' },
    ]) {
      expect(injectPart(message, fromFrame(0), OWN_ID, executeScript)).toBeUndefined();
    }
    const request = injectRequest('mounts');
    expect(injectPart(request, fromFrame(0, 'another-extension'), OWN_ID, executeScript)).toBeUndefined();
    const popup = { id: OWN_ID } as Runtime.MessageSender;
    expect(injectPart(request, popup, OWN_ID, executeScript)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });
});
