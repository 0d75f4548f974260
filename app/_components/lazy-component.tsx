'use client';

import { type ComponentType, createElement, lazy, type ReactNode, Suspense } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * A component whose code is a chunk of its own, loaded when it renders: React's `lazy` in a Suspense boundary of its
 * own. The server renders it as usual; in the browser its part of the page hydrates once the chunk is there, and the
 * rest of the page does not wait for it. Until then its form controls are disabled (HydrationGate). Used instead of
 * next/dynamic, whose loader (about 1.4 kB gzip of preload and bail-out code) every page with such a component carried.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => {
    const Component = await load();
    return { default: (props: P) => <HydrationGate>{createElement(Component, props)}</HydrationGate> };
  });
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module level (like next/dynamic), never during a render.
  return function LazyComponent(props: P) {
    return <Suspense fallback={fallback}>{createElement(Lazy as ComponentType<P>, props)}</Suspense>;
  };
}

/**
 * The server's HTML shows the chunk's fields before its code is there. Text typed into them then would be lost: no
 * handler saves it as a draft, and react-hook-form writes its default values into the fields when it registers them.
 * So they stay disabled (a disabled fieldset, without a box of its own) until this part of the page has hydrated.
 */
function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className="contents">
      {children}
    </fieldset>
  );
}
