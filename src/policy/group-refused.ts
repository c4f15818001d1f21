import type { Message } from '../shared/message-key.ts';
import type { Refused, RefusedKind } from './types.ts';

export interface RefusedGroup {
  kind: RefusedKind;
  /** The hint every item of the group shares, if they all share one (e.g. every symbol: "remove it"). */
  hint?: Message;
  items: Refused[];
}

/** Refused entries grouped by kind, in the order each kind first appears, items in password order. */
export function groupRefused(refused: readonly Refused[]): RefusedGroup[] {
  const groups = new Map<RefusedKind, RefusedGroup>();
  for (const item of refused) {
    const group = groups.get(item.kind);
    if (!group) groups.set(item.kind, { kind: item.kind, hint: item.hint, items: [item] });
    else {
      group.items.push(item);
      if (group.hint && !sameMessage(group.hint, item.hint)) group.hint = undefined;
    }
  }
  return [...groups.values()].map((group) => (group.hint ? group : { kind: group.kind, items: group.items }));
}

function sameMessage(a: Message, b: Message): boolean {
  if (a === b) return true;
  const pa = a.params ?? [];
  const pb = b.params ?? [];
  return a.key === b.key && pa.length === pb.length && pa.every((p, i) => p === pb[i]);
}
