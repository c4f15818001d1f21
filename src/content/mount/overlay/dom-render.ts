/**
 * The mount code's renderer: the small part of preact's API that the overlay uses (`h`, `render`,
 * function components, fragments, `onClick`), as a ~1 KB DOM morph instead of preact's 4.5 KB gzip.
 * vite.config.ts aliases `preact` and `preact/jsx-runtime` to this file in the injected mount code only;
 * the popup keeps preact, and the overlay's components (shared with the popup) are written once.
 * test/content/mount/dom-render.test.tsx renders every panel state with both and requires the same DOM.
 *
 * Children are matched to the DOM they replace by tag and key (or first class), so a panel whose
 * parts appear and disappear keeps the same elements, and a focused button keeps its focus.
 */
import { contained } from '../../contain.ts';
import { create, createText } from '../../safe-dom.ts';

type Props = Record<string, unknown> & { children?: Child };
type Component = (props: Props) => Child;
export interface VNode {
  type: string | Component;
  props: Props;
  key?: unknown;
}
type Child = VNode | string | number | bigint | boolean | null | undefined | readonly Child[];

export const Fragment: Component = (props) => props.children;

export function jsx(type: VNode['type'], props: Props, key?: unknown): VNode {
  return { type, props, key };
}
export { jsx as jsxs, jsx as jsxDEV };

export function h(type: VNode['type'], props: Props | null, ...children: Child[]): VNode {
  return { type, props: children.length ? { ...props, children } : { ...props }, key: props?.key };
}

/**
 * Renders `child` as the whole content of `container`; `null` empties it. Typed `unknown` because its
 * callers are written against preact's types (their JSX is preact's in the popup and in tests).
 */
export function render(child: unknown, container: Element | DocumentFragment): void {
  morph(container, child as Child);
}

type Wanted = VNode | string;
const listeners = new WeakMap<Element, Record<string, (event: Event) => void>>();
const written = new WeakMap<Element, Set<string>>();

function flatten(child: Child, out: Wanted[]): Wanted[] {
  if (child == null || typeof child === 'boolean') return out;
  if (Array.isArray(child)) for (const c of child) flatten(c, out);
  else if (typeof child !== 'object') out.push(String(child));
  else if (typeof (child as VNode).type === 'function') {
    const { type, props } = child as VNode;
    flatten((type as Component)(props), out);
  } else out.push(child as VNode);
  return out;
}

/** What an element was rendered as: its tag and key (or first class); never written to the DOM. */
const renderedAs = new WeakMap<Node, string>();

const matchKey = (want: Wanted): string => {
  if (typeof want === 'string') return '#text';
  const { type, props, key } = want as VNode;
  return `${type as string}|${key ?? (props.class as string | undefined)?.split(' ')[0] ?? ''}`;
};
const matchKeyOf = (node: Node): string =>
  node.nodeType === Node.TEXT_NODE ? '#text' : (renderedAs.get(node) ?? '#other');

function morph(parent: Node, children: Child): void {
  const wanted = flatten(children, []);
  const old = [...parent.childNodes];
  let next = 0;
  for (const want of wanted) {
    const key = matchKey(want);
    // A part that disappeared: skip (and later remove) old nodes until one matches.
    let found = -1;
    for (let i = next; i < old.length; i++) {
      if (matchKeyOf(old[i] as Node) === key) {
        found = i;
        break;
      }
    }
    let node: Node;
    if (found >= 0) {
      for (const gone of old.slice(next, found)) gone.parentNode?.removeChild(gone);
      node = old[found] as Node;
      next = found + 1;
    } else {
      node =
        typeof want === 'string'
          ? createText(want)
          : create((want as VNode).type as keyof HTMLElementTagNameMap);
      renderedAs.set(node, key);
      parent.insertBefore(node, old[next] ?? null);
    }
    if (typeof want === 'string') {
      if ((node as Text).data !== want) (node as Text).data = want;
    } else {
      patch(node as Element, want);
      morph(node, want.props.children);
    }
  }
  for (const gone of old.slice(next)) gone.parentNode?.removeChild(gone);
}

/** Attributes as preact writes them: `false`/`null` remove, except `aria-*` and `data-*`, which say "false". */
function patch(el: Element, { props }: VNode): void {
  const now = new Set<string>();
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'key') continue;
    if (name.startsWith('on') && typeof value === 'function') {
      on(el, name.slice(2).toLowerCase(), value as (event: Event) => void);
      continue;
    }
    const attr = name === 'className' ? 'class' : name;
    const dashed = attr.includes('-');
    if (value == null || (value === false && !dashed)) continue;
    const text = value === true && !dashed ? '' : String(value);
    now.add(attr);
    if (el.getAttribute(attr) !== text) el.setAttribute(attr, text);
  }
  for (const attr of written.get(el) ?? []) if (!now.has(attr)) el.removeAttribute(attr);
  written.set(el, now);
}

/** One listener per element and event type, calling the handler of the latest render. */
function on(el: Element, type: string, handler: (event: Event) => void): void {
  const current = listeners.get(el) ?? {};
  listeners.set(el, current);
  if (!(type in current))
    el.addEventListener(
      type,
      contained((event) => listeners.get(el)?.[type]?.(event)),
    );
  current[type] = handler;
}
