import { useEffect, useState } from 'preact/hooks';
import type { ReadResult, StorageItem } from '../stored/storage.ts';

export interface ItemState<T> {
  /** Undefined until storage answered (a few milliseconds; the first paint does not wait for it). */
  value: T | undefined;
  problem?: ReadResult<T>['problem'];
}

/** One read (with repair) per item per popup, shared by every component that shows the item. */
const reads = new Map<StorageItem<never>, Promise<ReadResult<unknown>>>();

function readOnce<T>(item: StorageItem<T>): Promise<ReadResult<T>> {
  const key = item as unknown as StorageItem<never>;
  let read = reads.get(key);
  if (!read) {
    read = item.read().catch(() => ({ value: item.fallback() }));
    reads.set(key, read);
  }
  return read as Promise<ReadResult<T>>;
}

/** A stored item, kept current while the popup is open. Bad stored data is repaired and reported once. */
export function useItem<T>(item: StorageItem<T>): ItemState<T> {
  const [state, setState] = useState<ItemState<T>>({ value: undefined });
  useEffect(() => {
    const controller = new AbortController();
    let watched = false;
    item.watch((value) => {
      watched = true;
      setState((s) => ({ ...s, value }));
    }, controller.signal);
    readOnce(item).then(async ({ problem }) => {
      // The shared first read may be old by now: show the current value, keep the first read's problem.
      // A change that arrived meanwhile (the repaired value written back, a note saved) is newer than it.
      const value = await item.get();
      if (!controller.signal.aborted) {
        setState((s) => ({ ...(watched ? s : { value }), ...(problem ? { problem } : {}) }));
      }
    });
    return () => controller.abort();
  }, [item]);
  return state;
}

/** For tests, which open many popups in one page: forget the reads of the previous one. */
export function forgetReads(): void {
  reads.clear();
}
