'use client';

import { type ComponentType, createElement, lazy, type ReactNode, Suspense } from 'react';

/**
 * A component whose code is a chunk of its own, loaded when it renders: React's `lazy` in a Suspense boundary of its
 * own. The server renders it as usual; in the browser its part of the page hydrates once the chunk is there, and the
 * rest of the page does not wait for it (controls that only work through JavaScript stay disabled until then, see
 * use-hydrated.ts). Used instead of next/dynamic, whose loader (about 1.7 kB gzip of preload and bail-out code) every
 * page with such a component carried.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module level (like next/dynamic), never during a render.
  return function LazyComponent(props: P) {
    return <Suspense fallback={fallback}>{createElement(Lazy as ComponentType<P>, props)}</Suspense>;
  };
}
