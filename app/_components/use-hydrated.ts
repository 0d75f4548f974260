'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the server's HTML and until this component has hydrated, true after. Controls that work only through
 * their JavaScript stay disabled until then: components that load as lazy chunks hydrate after the rest of the page,
 * and a click before that is lost (a form would even post the page natively and lose what was typed).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
