import type { Runtime, Scripting } from 'webextension-polyfill';
import { INJECT_MOUNTS, MOUNTS_FILE } from '../content/mounts-api.ts';

type ExecuteScript = (injection: Scripting.ScriptInjection) => Promise<unknown>;

/**
 * Answers the content script's one request: inject the mount code into the frame that asked
 * (mounts-api.ts). Anything else, or a sender that is not our own content script in a tab, is ignored
 * (undefined lets other listeners answer). Injection needs host access to the frame, which the manifest's
 * udi.no host permission, activeTab or an applicant-added site gives; without it the promise rejects and
 * the page goes without the overlay.
 */
export function injectMounts(
  message: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
  executeScript: ExecuteScript,
): Promise<boolean> | undefined {
  if ((message as { type?: unknown } | null)?.type !== INJECT_MOUNTS.type) return undefined;
  const tabId = sender.tab?.id;
  if (sender.id !== ownId || tabId === undefined) return undefined;
  return executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [MOUNTS_FILE],
  }).then(
    () => true,
    () => false,
  );
}
