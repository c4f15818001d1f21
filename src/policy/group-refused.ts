import type { Refused, RefusedKind } from './types.ts';

export interface RefusedGroup {
  kind: RefusedKind;
  items: Refused[];
}

/** Refused entries grouped by kind, in the order each kind first appears, items in password order. */
export function groupRefused(refused: readonly Refused[]): RefusedGroup[] {
  const groups = new Map<RefusedKind, RefusedGroup>();
  for (const item of refused) {
    const group = groups.get(item.kind);
    if (group) group.items.push(item);
    else groups.set(item.kind, { kind: item.kind, items: [item] });
  }
  return [...groups.values()];
}
