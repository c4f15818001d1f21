/**
 * One MutationObserver for the page and every shadow root we can see, batched: a burst of mutations
 * costs one scan per 16 ms at most, and a scan is one querySelectorAll per root when no new password
 * field appeared (index.ts skips roots whose fields it has already classified).
 */
type Root = Document | ShadowRoot;

const MIN_GAP_MS = 16;
const MAX_PENDING = 200;
const OUR_TAG = 'UDI-LOGIN-HELPER';

export function watchPage(doc: Document, signal: AbortSignal, scan: (roots: Iterable<Root>) => void): void {
  const roots = new Set<Root>([doc]);
  let pending = new Set<Element>();
  let overflow = true; // the first scan walks the whole page for shadow roots
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scheduled = false;
  let lastScan = 0;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).tagName === OUR_TAG) continue;
        if (pending.size < MAX_PENDING) pending.add(node as Element);
        else overflow = true;
      }
    }
    schedule();
  });
  const observe = (root: Root) => observer.observe(root, { childList: true, subtree: true });

  const run = () => {
    scheduled = false;
    if (signal.aborted) return;
    lastScan = performance.now();
    const found = overflow ? shadowRootsUnder(doc.documentElement) : [...pending].flatMap(shadowRootsUnder);
    overflow = false;
    pending = new Set();
    for (const root of found) {
      if (roots.has(root)) continue;
      roots.add(root);
      observe(root);
    }
    for (const root of roots) if (root instanceof ShadowRoot && !root.host.isConnected) roots.delete(root);
    scan(roots);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = MIN_GAP_MS - (performance.now() - lastScan);
    if (wait <= 0) queueMicrotask(run);
    else timer = setTimeout(run, wait);
  };

  observe(doc);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  run();
}

/** Open shadow roots, and closed ones where the browser lets extensions see them. */
function shadowRootsUnder(start: Element | null): ShadowRoot[] {
  if (!start) return [];
  const found: ShadowRoot[] = [];
  const visit = (el: Element) => {
    if (el.tagName === OUR_TAG) return;
    const root = shadowRootOf(el);
    if (root) {
      found.push(root);
      for (const child of root.querySelectorAll('*')) visit(child);
    }
  };
  visit(start);
  for (const el of start.querySelectorAll('*')) visit(el);
  return found;
}

function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  // Extensions may see closed roots: Firefox as a property on the element, Chrome through chrome.dom.
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const chromeDom = (
    globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }
  ).chrome?.dom;
  return chromeDom?.openOrClosedShadowRoot?.(el) ?? null;
}
