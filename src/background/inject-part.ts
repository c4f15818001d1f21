import type { Runtime, Scripting } from 'webextension-polyfill';
import { isPartName, PARTS } from '../content/parts.ts';

type ExecuteScript = (injection: Scripting.ScriptInjection) => Promise<unknown>;

/**
 * Answers the content script's one kind of request: inject a part of the content script (parts.ts) into
 * the frame that asked. Anything else, or a sender that is not our own content script in a tab, is ignored
 * (undefined lets other listeners answer). Injection needs host access to the frame, which the manifest's
 * udi.no host permission, activeTab or an applicant-added site gives; without it the promise resolves to
 * false and the page goes without that part.
 */
export function injectPart(
  message: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
  executeScript: ExecuteScript,
): Promise<boolean> | undefined {
  const request = message as { type?: unknown; part?: unknown } | null;
  if (request?.type !== 'inject' || !isPartName(request.part)) return undefined;
  const target = targetOf(sender, ownId);
  if (!target) return undefined;
  return executeScript({ target, files: [PARTS[request.part]] }).then(
    () => true,
    () => false,
  );
}

/**
 * Exactly the document that asked. A sender without a frame id is refused (never "the top frame, then").
 * Chrome names the document itself (`documentId`): a frame that navigated away since it asked gets
 * nothing. Firefox has no document ids, so there the frame id it is.
 */
function targetOf(sender: Runtime.MessageSender, ownId: string): Scripting.InjectionTarget | undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== ownId || tabId === undefined || sender.frameId === undefined) return undefined;
  if (__FIREFOX__) return { tabId, frameIds: [sender.frameId] };
  const documentId = (sender as { documentId?: unknown }).documentId;
  if (typeof documentId !== 'string') return undefined;
  return { tabId, documentIds: [documentId] } as Scripting.InjectionTarget;
}
