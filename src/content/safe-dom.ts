/**
 * DOM reads and calls that page markup cannot break. Named elements clobber properties of `document`
 * (`<img name="querySelectorAll">`, `<form name="createElement">`, `<img name="body">`) and of a form
 * (`<input name="addEventListener">`, `<input name="ownerDocument">`), in our isolated world too. So every
 * call on a document, form or other node the page owns goes through the platform's own prototypes,
 * never through the node's properties. (Page scripts cannot patch these prototypes: ours are the isolated
 * world's in Chrome and Xray-clean in Firefox.)
 */
type Root = Document | DocumentFragment | Element;

const getter = <T>(proto: object, name: string) =>
  Object.getOwnPropertyDescriptor(proto, name)?.get as ((this: unknown) => T) | undefined;

const docAll = Document.prototype.querySelectorAll;
const fragmentAll = DocumentFragment.prototype.querySelectorAll;
const elementAll = Element.prototype.querySelectorAll;
const nodeType = getter<number>(Node.prototype, 'nodeType');

/** `root.querySelectorAll(selector)` for a document, shadow root or element, whatever their names say. */
export function queryAll<E extends Element = Element>(root: Root, selector: string): NodeListOf<E> {
  const type = nodeType?.call(root);
  const all = type === 9 ? docAll : type === 11 ? fragmentAll : elementAll;
  return all.call(root, selector) as NodeListOf<E>;
}

export function query<E extends Element = Element>(root: Root, selector: string): E | null {
  return (queryAll<E>(root, selector)[0] as E | undefined) ?? null;
}

const docById = Document.prototype.getElementById;
const fragmentById = DocumentFragment.prototype.getElementById;

export function byId(root: Document | ShadowRoot, id: string): Element | null {
  return (nodeType?.call(root) === 9 ? docById : fragmentById).call(root, id);
}

const localNameGet = getter<string>(Element.prototype, 'localName');
const namespaceGet = getter<string | null>(Element.prototype, 'namespaceURI');
const textGet = getter<string | null>(Node.prototype, 'textContent');
const parentGet = getter<Element | null>(Node.prototype, 'parentElement');
const previousGet = getter<Element | null>(Element.prototype, 'previousElementSibling');
const ownerGet = getter<Document | null>(Node.prototype, 'ownerDocument');
const titleGet = getter<string>(Document.prototype, 'title');
const readyGet = getter<DocumentReadyState>(Document.prototype, 'readyState');
const rootElementGet = getter<Element | null>(Document.prototype, 'documentElement');
const activeGet = getter<Element | null>(Document.prototype, 'activeElement');
const shadowActiveGet = getter<Element | null>(ShadowRoot.prototype, 'activeElement');
const { getAttribute, hasAttribute, closest } = Element.prototype;
const { addEventListener } = EventTarget.prototype;
const { contains, compareDocumentPosition } = Node.prototype;
const { createElement, createTextNode } = Document.prototype;
const docAt = Document.prototype.elementFromPoint;
const shadowAt = ShadowRoot.prototype.elementFromPoint;

/** Lower case in HTML and XHTML documents alike (`tagName` keeps an XHTML document's own case). */
export const localNameOf = (el: Element): string => localNameGet?.call(el) ?? '';
export const isHtml = (el: Element): boolean => namespaceGet?.call(el) === 'http://www.w3.org/1999/xhtml';
export const textOf = (node: Node): string => textGet?.call(node) ?? '';
export const parentOf = (node: Node): Element | null => parentGet?.call(node) ?? null;
export const previousOf = (el: Element): Element | null => previousGet?.call(el) ?? null;
export const documentOf = (node: Node): Document =>
  nodeType?.call(node) === 9 ? (node as Document) : (ownerGet?.call(node) ?? document);
export const titleOf = (doc: Document): string => titleGet?.call(doc) ?? '';
export const readyStateOf = (doc: Document): DocumentReadyState => readyGet?.call(doc) ?? 'complete';
export const rootElementOf = (doc: Document): Element | null => rootElementGet?.call(doc) ?? null;
export const attrOf = (el: Element, name: string): string | null => getAttribute.call(el, name);
export const hasAttr = (el: Element, name: string): boolean => hasAttribute.call(el, name);
export const closestOf = (el: Element, selector: string): Element | null => closest.call(el, selector);
export const containsNode = (outer: Node, inner: Node): boolean => contains.call(outer, inner);
/** `a` comes before `b` in the document. */
export const precedes = (a: Node, b: Node): boolean => (compareDocumentPosition.call(a, b) & 4) !== 0;
export const create = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] =>
  createElement.call(document, tag) as HTMLElementTagNameMap[K];
export const createText = (text: string): Text => createTextNode.call(document, text);

/** The topmost element at a point of the viewport, as seen from a document or shadow root. */
export const elementAt = (root: Document | ShadowRoot, x: number, y: number): Element | null =>
  (nodeType?.call(root) === 9 ? docAt : shadowAt).call(root, x, y);

/** The focused element of a document or shadow root. */
export const activeOf = (root: Document | ShadowRoot): Element | null =>
  (nodeType?.call(root) === 9 ? activeGet : shadowActiveGet)?.call(root) ?? null;

/** `target.addEventListener(...)`, also on a form whose `addEventListener` a control's name has replaced. */
export function listen(
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  options: AddEventListenerOptions,
): void {
  addEventListener.call(target, type, listener, options);
}
