'use client';

import { useEffect, useRef } from 'react';
import { recordOpeningAction } from './actions';

/**
 * Records the opening of the share page once it runs in a browser, after it is shown (an effect: the page does not
 * wait for it). A link preview (Teams, Slack) or a mail scanner fetches the page without running it, so it records
 * nothing. `seen`: the view's releasedStamp, so that only what the page showed counts as seen. Renders nothing.
 */
export function RecordOpening({ token, seen }: { token: string; seen: string }) {
  // Once per page and stamp: not again when React runs the effect twice (development) or the page refreshes unchanged.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    const key = `${token}\u0000${seen}`;
    if (sent.current === key) return;
    sent.current = key;
    // Nothing to tell the manager either way: a failure (offline, the link just revoked) only goes unrecorded.
    recordOpeningAction({ token, seen }).catch(() => {});
  }, [token, seen]);
  return null;
}
