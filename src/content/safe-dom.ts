/**
 * DOM reads and calls that page markup cannot break. Named elements clobber properties of `document`
 * (`<img name="querySelectorAll">`, `<form name="createElement">`, `<img name="body">`) and of a form
 * (`<input name="addEventListener">`, `<input name="ownerDocument">`), in our isolated world too. So every
 * call on a document, form or other node the page owns goes through the platform's own prototypes,
 * never through the node's properties. (Page scripts cannot patch these prototypes: ours are the isolated
 * world's in Chrome and Xray-clean in Firefox.)
 */
type Root = Document | DocumentFragment | Element;

// Both pure: a bundle that uses none of a getter's or a method's wrappers drops it (the form finder uses few).
/** A property's getter on a platform type's prototype, read once. */
export const getter = /* @__NO_SIDE_EFFECTS__ */ <T>(type: { prototype: object }, name: string) =>
  Object.getOwnPropertyDescriptor(type.prototype, name)?.get as ((this: unknown) => T) | undefined;

/** A method of a platform type's prototype, read once. */
export const method = /* @__NO_SIDE_EFFECTS__ */ <
  C extends { prototype: object },
  K extends keyof C['prototype'],
>(
  type: C,
  name: K,
): C['prototype'][K] => (type.prototype as C['prototype'])[name];

const docAll = method(Document, 'querySelectorAll');
const fragmentAll = method(DocumentFragment, 'querySelectorAll');
const elementAll = method(Element, 'querySelectorAll');
const nodeType = getter<number>(Node, 'nodeType');

/** `root.querySelectorAll(selector)` for a document, shadow root or element, whatever their names say. */
export function queryAll<E extends Element = Element>(root: Root, selector: string): NodeListOf<E> {
  const type = nodeType?.call(root);
  const all = type === 9 ? docAll : type === 11 ? fragmentAll : elementAll;
  return all.call(root, selector) as NodeListOf<E>;
}

export function query<E extends Element = Element>(root: Root, selector: string): E | null {
  return (queryAll<E>(root, selector)[0] as E | undefined) ?? null;
}

const docById = method(Document, 'getElementById');
const fragmentById = method(DocumentFragment, 'getElementById');

export function byId(root: Document | ShadowRoot, id: string): Element | null {
  return (nodeType?.call(root) === 9 ? docById : fragmentById).call(root, id);
}

const localNameGet = getter<string>(Element, 'localName');
const namespaceGet = getter<string | null>(Element, 'namespaceURI');
const textGet = getter<string | null>(Node, 'textContent');
const parentGet = getter<Element | null>(Node, 'parentElement');
const previousGet = getter<Element | null>(Element, 'previousElementSibling');
const ownerGet = getter<Document | null>(Node, 'ownerDocument');
const titleGet = getter<string>(Document, 'title');
const readyGet = getter<DocumentReadyState>(Document, 'readyState');
const rootElementGet = getter<Element | null>(Document, 'documentElement');
const getAttribute = method(Element, 'getAttribute');
const hasAttribute = method(Element, 'hasAttribute');
const closest = method(Element, 'closest');
const addEventListener = method(EventTarget, 'addEventListener');
const contains = method(Node, 'contains');
const compareDocumentPosition = method(Node, 'compareDocumentPosition');
const createElement = method(Document, 'createElement');
const createTextNode = method(Document, 'createTextNode');
const docAt = method(Document, 'elementFromPoint');
const shadowAt = method(ShadowRoot, 'elementFromPoint');
const activeGet = getter<Element | null>(Document, 'activeElement');
const shadowActiveGet = getter<Element | null>(ShadowRoot, 'activeElement');

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
