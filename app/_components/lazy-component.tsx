'use client';

import { type ComponentType, createElement, lazy, type ReactNode, Suspense } from 'react';
import { HydrationGate } from './hydration-gate';

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
