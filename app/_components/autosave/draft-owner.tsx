'use client';

import { createContext, type ReactNode, useContext } from 'react';
import { ownedKey } from '@/lib/autosave/draft-key';

const DraftOwner = createContext<string | null>(null);

/**
 * The signed-in coach whose drafts and queued answers this part of the app keeps in the browser: the coach area's
 * layout gives it once (app/(coach)/layout.tsx), so no form can leave it out of its keys; the live intake, one form on
 * a page of its own, gives it through its form (MeasurementForm's `owner`). A practice's laptop is shared, and a
 * session may simply run out: one coach's unsaved notes must not open in another coach's form.
 */
export function DraftOwnerProvider({ owner, children }: { owner: string; children: ReactNode }) {
  return <DraftOwner.Provider value={owner}>{children}</DraftOwner.Provider>;
}

/** The coach whose drafts these are, or null outside the coach area (the portal, a share link). */
export function useDraftOwner(): string | null {
  return useContext(DraftOwner);
}

/**
 * A browser storage key of the signed-in coach's own (a queue of answers, a place in the intake); outside the coach
 * area (a client's portal, whose keys are per homework already) the key as it is.
 */
export function useOwnedKey(key: string): string {
  const owner = useDraftOwner();
  return owner ? ownedKey(owner, key) : key;
}
