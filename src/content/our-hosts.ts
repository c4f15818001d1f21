/**
 * The elements we put into the page, known by identity: not by a tag name a page could define or predict,
 * nor by an attribute it could read. One set per frame, shared by every part of the content script
 * through the isolated world's global (parts.ts), so the finder never walks into our own shadow roots.
 */
const KEY = '__udiLoginHelperHosts';
type Scope = { [KEY]?: WeakSet<Element> };

export function ourHosts(): WeakSet<Element> {
  const scope = globalThis as Scope;
  scope[KEY] ??= new WeakSet();
  return scope[KEY];
}

export const isOurHost = (node: unknown): boolean => node instanceof Element && ourHosts().has(node);
