'use client';

import { useMemo } from 'react';
import { browserStorage, PendingStore } from '@/lib/autosave/pending-store';

/**
 * Answers the form refused as typed (a date outside its range): never sent, but kept on this phone beside the queue,
 * so that a reload shows them again with their message instead of an empty field (the client would think the date
 * was saved). Their key starts with `autosave:` like the queue's: signing out forgets them, and after a month they go.
 */
export function useHeldAnswers(homeworkId: string) {
  const store = useMemo(() => {
    const opened = new PendingStore<string>(browserStorage(), `autosave:held:homework:${homeworkId}`);
    opened.dropExpired();
    return opened;
  }, [homeworkId]);
  return useMemo(
    () => ({
      hold: (key: string, value: string) => store.put(key, value),
      release: (key: string) => {
        const held = store.get(key);
        if (held) store.confirm(held);
      },
      all: (): Record<string, string> => Object.fromEntries(store.all().map((e) => [e.key, e.payload])),
    }),
    [store],
  );
}
