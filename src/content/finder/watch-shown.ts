import { contain } from '../contain.ts';
import { listen } from '../safe-dom.ts';
import { fieldState } from './visibility.ts';

type Root = Document | ShadowRoot;

export interface ShownWatch {
  /** Keeps a hidden password field in view until it is shown. */
  wait(field: HTMLInputElement): void;
  waiting(field: HTMLInputElement): boolean;
}

const EVENT = { capture: true, passive: true };

/**
 * Hidden password fields (a closed tab or modal, the next step of a wizard, a drawer off screen) wait here
 * without a layout read per batch of mutations: a ResizeObserver says when one gets a box, the end of a CSS
 * transition when one may have faded or slid in, and focus when someone reaches one anyway.
 * `onShown` then gets the roots to classify again. Pages with no hidden password field pay nothing.
 */
export function watchShown(signal: AbortSignal, onShown: (roots: Set<Root>) => void): ShownWatch {
  const waiting = new Set<HTMLInputElement>();
  const drop = (field: HTMLInputElement) => {
    waiting.delete(field);
    resize?.unobserve(field);
  };
  const check = (fields: Iterable<Element>) => {
    const roots = new Set<Root>();
    for (const field of fields as Iterable<HTMLInputElement>) {
      if (!waiting.has(field)) continue;
      if (!field.isConnected) drop(field);
      else if (contain(() => fieldState(field), 'hidden') !== 'hidden') {
        drop(field);
        roots.add(field.getRootNode() as Root);
      }
    }
    if (roots.size) onShown(roots);
  };
  const resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => contain(() => check(entries.map((entry) => entry.target))))
      : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (timer || !waiting.size) return;
    timer = setTimeout(() => {
      timer = undefined;
      contain(() => check([...waiting]));
    }, 50);
  };
  for (const type of ['transitionend', 'focusin']) listen(document, type, soon, { ...EVENT, signal });
  signal.addEventListener('abort', () => {
    resize?.disconnect();
    clearTimeout(timer);
    waiting.clear();
  });
  return {
    wait(field) {
      if (waiting.has(field) || signal.aborted) return;
      // A page that builds and drops hidden forms must not make this set grow without end.
      if (waiting.size > 100) for (const old of waiting) if (!old.isConnected) drop(old);
      waiting.add(field);
      resize?.observe(field);
    },
    waiting: (field) => waiting.has(field),
  };
}
