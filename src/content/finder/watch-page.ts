import { contain } from '../contain.ts';
import { isOurHost } from '../our-hosts.ts';
import { getter, isHtml, localNameOf, queryAll, rootElementOf } from '../safe-dom.ts';

/**
 * One MutationObserver for the page and every shadow root we can see, batched: a burst of mutations
 * costs one scan per 16 ms at most, and a scan is one querySelectorAll per root when no new password
 * field appeared (index.ts skips roots whose fields it has already classified).
 */
type Root = Document | ShadowRoot;

const MIN_GAP_MS = 16;
const MAX_PENDING = 200;

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
        if (!(node instanceof Element) || isOurHost(node)) continue;
        if (pending.size < MAX_PENDING) pending.add(node);
        else overflow = true;
      }
    }
    contain(schedule);
  });
  const observe = (root: Root) => observer.observe(root, { childList: true, subtree: true });

  const run = () => {
    scheduled = false;
    if (signal.aborted) return;
    lastScan = performance.now();
    const found = overflow
      ? shadowRootsUnder(rootElementOf(doc))
      : [...pending].flatMap((el) => contain(() => shadowRootsUnder(el), []));
    overflow = false;
    pending = new Set();
    for (const root of found) {
      if (roots.has(root)) continue;
      roots.add(root);
      observe(root);
    }
    for (const root of roots) if (root instanceof ShadowRoot && !root.host.isConnected) roots.delete(root);
    contain(() => scan(roots));
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
    if (!canHost(el)) return;
    const root = contain(() => shadowRootOf(el), null);
    if (root) {
      found.push(root);
      for (const child of queryAll(root, '*')) visit(child);
    }
  };
  visit(start);
  for (const el of queryAll(start, '*')) visit(el);
  return found;
}

/**
 * The only elements that can carry a shadow root: HTML elements with a custom-element name or one of these
 * tags (DOM standard, attachShadow). Asking about any other element is wasted work on a busy page, and
 * Chrome's `dom.openOrClosedShadowRoot` throws for elements that are not HTMLElements (SVG, MathML).
 */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

function canHost(el: Element): boolean {
  const name = localNameOf(el);
  return (SHADOW_HOSTS.has(name) || name.includes('-')) && isHtml(el) && !isOurHost(el);
}

const openRoot = getter<ShadowRoot | null>(Element, 'shadowRoot');
// Extensions may see closed roots: Firefox as a property on the element, Chrome through chrome.dom.
const firefoxRoot = __FIREFOX__ ? getter<ShadowRoot | null>(Element, 'openOrClosedShadowRoot') : undefined;
type ChromeDom = { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null };

function shadowRootOf(el: Element): ShadowRoot | null {
  const open = openRoot?.call(el);
  if (open) return open;
  if (__FIREFOX__) {
    const closed = firefoxRoot
      ? firefoxRoot.call(el)
      : (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return closed ?? null;
  }
  const dom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  return dom?.openOrClosedShadowRoot?.(el as HTMLElement) ?? null;
}
