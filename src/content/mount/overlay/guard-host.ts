/**
 * Keeps our hosts where we put them when a page removes them or writes `style` / `class` onto them,
 * and gives up cleanly when the page keeps doing it (tamper-budget.ts): the hosts leave for good, no
 * fight, no loop. Restyling through the page's own stylesheets cannot take effect at all: overlay.css
 * declares the host's box `!important` inside the shadow root, which beats the page's `!important`.
 */
import { contain } from '../../contain.ts';
import { type Host, placeHost } from './host.ts';
import { createTamperBudget } from './tamper-budget.ts';

export interface GuardedHost {
  host: Host;
  /** The field the host belongs under; undefined while it has none (a confirmation not yet found). */
  field: () => HTMLElement | undefined;
}

export interface HostGuard {
  /** Places every host below its field, counting a host the page removed as tampering. */
  restore(): void;
}

/** Attributes we never set on a host: a page writing them is restyling it. */
const PAGE_ATTRIBUTES = ['style', 'class'];

export function guardHosts(
  entries: readonly GuardedHost[],
  signal: AbortSignal,
  onGiveUp: () => void,
): HostGuard {
  const budget = createTamperBudget();
  /** Each host we placed, and the element it was placed after. */
  const placedAfter = new WeakMap<HTMLElement, HTMLElement>();
  let gaveUp = false;

  const tampered = (): boolean => {
    if (!gaveUp && budget.spend(performance.now())) {
      gaveUp = true;
      observer.disconnect();
      onGiveUp();
    }
    return gaveUp;
  };

  /** Undoes the page's writes to our hosts' attributes; false once we gave up. */
  const undoRestyles = (records: MutationRecord[]): boolean => {
    for (const record of records) {
      const name = record.attributeName;
      const target = record.target as Element;
      if (record.type !== 'attributes' || !name || !target.hasAttribute(name)) continue;
      target.removeAttribute(name);
      if (tampered()) return false;
    }
    return !gaveUp;
  };

  const restore = () => {
    if (gaveUp || signal.aborted || !undoRestyles(observer.takeRecords())) return;
    observer.disconnect();
    for (const { host, field } of entries) {
      const anchor = field();
      if (!anchor?.isConnected) continue;
      // Taking a host out of the page while the field it was placed for stays is tampering. Moving it back
      // below its field (the page inserted something between them) is not, and neither is a host that left
      // with its field when the page re-rendered that field (a new confirmation field gets it anew).
      const after = placedAfter.get(host.element);
      const sameField = after?.isConnected === true && after.contains(anchor);
      if (sameField && !host.element.isConnected && tampered()) return;
      // Runs on every scan of the page: a host still right after the element it was placed after, which
      // still holds the field, is left alone without the layout reads of finding that element again.
      const inPlace = sameField && host.element.previousElementSibling === after;
      if (!inPlace) placedAfter.set(host.element, placeHost(host, anchor));
      observer.observe(host.element, { attributes: true, attributeFilter: PAGE_ATTRIBUTES });
      const parent = host.element.parentNode;
      if (parent) observer.observe(parent, { childList: true });
    }
  };

  const observer = new MutationObserver((records) =>
    contain(() => {
      if (undoRestyles(records)) restore();
    }),
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { restore };
}
