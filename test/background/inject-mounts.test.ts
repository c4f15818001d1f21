import { describe, expect, it, vi } from 'vitest';
import type { Runtime, Scripting } from 'webextension-polyfill';
import { injectMounts } from '../../src/background/inject-mounts.ts';
import { INJECT_MOUNTS, MOUNTS_FILE } from '../../src/content/mounts-api.ts';

const OWN_ID = 'our-extension';
const fromFrame = (frameId: number, id = OWN_ID): Runtime.MessageSender =>
  ({ id, frameId, tab: { id: 7 } }) as Runtime.MessageSender;

describe('the background injects the mount code', () => {
  it('into exactly the frame whose content script asked', async () => {
    const executeScript = vi.fn(async (_: Scripting.ScriptInjection) => []);
    await expect(injectMounts(INJECT_MOUNTS, fromFrame(3), OWN_ID, executeScript)).resolves.toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [MOUNTS_FILE] });
  });

  it('answers false, without throwing, when the browser refuses the injection', async () => {
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(injectMounts(INJECT_MOUNTS, fromFrame(0), OWN_ID, refused)).resolves.toBe(false);
  });

  it('ignores other messages, other senders and senders outside a tab', () => {
    const executeScript = vi.fn(async () => []);
    expect(injectMounts({ type: 'something-else' }, fromFrame(0), OWN_ID, executeScript)).toBeUndefined();
    expect(injectMounts(null, fromFrame(0), OWN_ID, executeScript)).toBeUndefined();
    expect(
      injectMounts(INJECT_MOUNTS, fromFrame(0, 'another-extension'), OWN_ID, executeScript),
    ).toBeUndefined();
    const popup = { id: OWN_ID } as Runtime.MessageSender;
    expect(injectMounts(INJECT_MOUNTS, popup, OWN_ID, executeScript)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });
});
