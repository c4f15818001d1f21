import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads after the popup's first paint: the first view (the advisor) needs neither
 * storage nor zod, so the popup paints before those are even parsed. `preload()` starts loading early.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (!Component) preload().then((c) => setComponent(() => c));
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}
