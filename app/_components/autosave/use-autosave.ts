'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionResult, ErrorCode } from '@/lib/actions/result';
import { type BaseValue, basesToSend, decodeCurrent, nextBases } from '@/lib/autosave/bases';
import { afterServerAnswer, browserStorage, type PendingEntry, PendingStore } from '@/lib/autosave/pending-store';
import { hasErrorRefusal } from '@/lib/autosave/refusals';
import { singleFlight } from '@/lib/autosave/single-flight';
import { unsentCause } from '../unsent-cause';
import { useOwnedKey } from './draft-owner';

/** `waiting`: the server answered with a fault of its own (the database away, say); the answers wait and are sent again. */
export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'waiting' | 'error' | 'signed_out' | 'two_factor' | 'outdated';

const RETRY_MS = 5_000;
/** After this long a page asked to be left is still open: the leaving was cancelled (or never happened). */
const LEAVE_SETTLE_MS = 10_000;
/**
 * Saves each field on its own as it is filled. Unsent values wait in localStorage, so nothing typed is
 * lost on a reload or a dropped connection; they are sent again when the connection returns.
 * `send` is a server action; a refusal (ok: false) is not retried and is reported per field. When the
 * server says the session is gone (it ran out, or ended on another device), the queued answers stay on this device
 * and sending stops until the page is opened again after signing in, when they are sent. Only signing out here
 * forgets them (the sign-in pages reached after a sign-out: ClearPendingAnswers): that is the step for a shared device.
 * In the coach area they are kept under the signed-in coach (useOwnedKey): another coach signing in on this browser
 * neither sees nor sends them. Answers queued more than 30 days ago are dropped when the page opens the queue.
 */
export function useAutosave<P>(options: {
  storageKey: string;
  send: (key: string, payload: P, bases: BaseValue[] | undefined) => Promise<ActionResult<unknown>>;
  /** The field's value in a payload, and the field's value as the page was loaded: the bases (lib/autosave/bases.ts). */
  fieldValue: (payload: P) => BaseValue;
  loadedValue: (key: string) => BaseValue;
  /** The server kept a newer answer given elsewhere (`stale`): the form shows it instead of this one. */
  onStale?: (key: string, current: BaseValue) => void;
}) {
  const storageKey = useOwnedKey(options.storageKey);
  const store = useMemo(() => {
    const opened = new PendingStore<P>(browserStorage(), `autosave:${storageKey}`);
    opened.dropExpired();
    return opened;
  }, [storageKey]);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [pendingCount, setPendingCount] = useState(0);
  const [refusals, setRefusals] = useState<Record<string, ErrorCode>>({});
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  // Signed out, or the page outdated: nothing is sent until the page is opened again.
  const stopped = useRef(false);
  const latest = useRef(options);
  latest.current = options;
  // Per field, the value this page last saw the server confirm (a stale refusal's too); before that, the loaded one.
  const confirmed = useRef(new Map<string, BaseValue>());
  // Fields whose last save met a fault of ours: sent after the others (see flush).
  const failedBefore = useRef(new Set<string>());
  // The page is being left (a reload, another page opened in its place): the browser has asked for the next page, which
  // the server may have read before a save on its way was stored. A save confirmed now stays queued: the next page shows
  // it over the server's older value and sends it again (as it would an answer whose confirmation never came).
  const leaving = useRef(false);
  const knownValue = useCallback(
    (key: string) => (confirmed.current.has(key) ? (confirmed.current.get(key) as BaseValue) : latest.current.loadedValue(key)),
    [],
  );

  // One run at a time; a call during a run waits for it (lib/autosave/single-flight.ts).
  const flush = useMemo(
    () =>
      singleFlight(async () => {
        if (stopped.current) return;
        // Answers the server could not save this run (a fault of ours that may be about that one answer): the others
        // are sent all the same, those that failed in an earlier run last, and these again by the timer. Two faults in a
        // row end the run: the fault is then likely the server's as a whole (the database away), and every queued
        // answer need not be sent into it every 5 s.
        const waiting = new Set<string>();
        // Confirmed while the page was being left, and kept for the next page (see `leaving`): not sent again in this run.
        const keptForNextPage = new Set<string>();
        let faultsInARow = 0;
        const unsaved = () => {
          const left = store.all().filter((e) => !waiting.has(e.key) && !keptForNextPage.has(e.key));
          return [...left.filter((e) => !failedBefore.current.has(e.key)), ...left.filter((e) => failedBefore.current.has(e.key))];
        };
        let entries = unsaved();
        while (entries.length > 0) {
          setPendingCount(entries.length);
          if (typeof navigator !== 'undefined' && !navigator.onLine) {
            setStatus('offline');
            return;
          }
          // While waiting on a fault of ours, a retry keeps saying so: the live region would announce every 5 s.
          setStatus((s) => (s === 'waiting' ? s : 'saving'));
          const entry: PendingEntry<P> = entries[0]!;
          let result: ActionResult<unknown>;
          try {
            store.markSent(entry);
            result = await latest.current.send(entry.key, entry.payload, basesToSend(entry, Date.now()));
          } catch (error) {
            // A new version of the app was installed while this page was open: its save is unknown to the server now.
            // Kept, not sent again: only a reload (the new page sends them) helps, and the status says so. An answer
            // that is not the action's (an error page, a proxy's 502) is our fault, not the connection's: it waits, as
            // for a fault the action reports, and the timer sends it again. A request that failed on its way (fetch
            // rejects with a TypeError) or a browser offline is the connection.
            const cause = unsentCause(error);
            if (cause === 'outdated') {
              stopped.current = true;
              setStatus('outdated');
            } else setStatus(cause === 'server' && !(error instanceof TypeError) ? 'waiting' : 'offline');
            return;
          }
          const next = afterServerAnswer(result);
          if (next === 'retry') {
            const error = (result as { error?: ErrorCode } | null | undefined)?.error;
            // No answer (cut off): as offline, sent again by the timer. A server error: said on the field and in the
            // status as waiting (nothing for the person to check or do), retried by the same timer.
            if (error) {
              setRefusals((current) => ({ ...current, [entry.key]: error }));
              setStatus('waiting');
              waiting.add(entry.key);
              failedBefore.current.add(entry.key);
              faultsInARow += 1;
              if (faultsInARow >= 2) return;
              entries = unsaved();
              continue;
            }
            setStatus('offline');
            return;
          }
          if (next === 'signed_out' || next === 'two_factor') {
            // Kept, not sent: the person must sign in again (or set up two-step sign-in) first, as the status says; the
            // next page load sends them.
            stopped.current = true;
            setStatus(next);
            return;
          }
          faultsInARow = 0;
          failedBefore.current.delete(entry.key);
          if (result.ok && leaving.current) keptForNextPage.add(entry.key);
          else store.confirm(entry);
          if (result.ok) confirmed.current.set(entry.key, latest.current.fieldValue(entry.payload));
          else if (result.error === 'stale') {
            // The server kept a newer answer given elsewhere. Shown in the field, unless something typed here since is
            // still queued for it: that is sent next, and the server decides again.
            const current = decodeCurrent(result.params?.current);
            if (current !== undefined && !store.get(entry.key)) {
              confirmed.current.set(entry.key, current);
              latest.current.onStale?.(entry.key, current);
            }
          }
          setRefusals((current) => {
            const { [entry.key]: _previous, ...rest } = current;
            return result.ok ? rest : { ...rest, [entry.key]: result.error };
          });
          if (result.ok) setLastSavedAt(new Date());
          entries = unsaved();
        }
        setPendingCount(waiting.size > 0 ? store.all().length : 0);
        if (waiting.size === 0) setStatus((s) => (s === 'error' ? s : 'saved'));
      }),
    [store],
  );

  const save = useCallback(
    (key: string, payload: P) => {
      const previous = store.get(key);
      const fieldValue = latest.current.fieldValue;
      store.put(
        key,
        payload,
        Date.now(),
        nextBases(previous && { bases: previous.bases, value: fieldValue(previous.payload), sent: !previous.unsent }, knownValue(key)),
      );
      setPendingCount(store.all().length);
      void flush();
    },
    [store, flush, knownValue],
  );

  useEffect(() => {
    const initial = store.all().length;
    setPendingCount(initial);
    if (initial > 0) void flush();
    const retry = () => void flush();
    // Stopped (signed out, or the page outdated), the status keeps saying what helps: going offline changes nothing there.
    const offline = () => {
      if (!stopped.current) setStatus('offline');
    };
    window.addEventListener('online', retry);
    window.addEventListener('offline', offline);
    const timer = window.setInterval(() => {
      if (store.all().length > 0) retry();
    }, RETRY_MS);
    // A leave that did not happen (cancelled, or the page back from the browser's cache): saves are confirmed as before,
    // and one kept meanwhile is sent again by the timer and confirmed then.
    let settle: number | undefined;
    const stay = () => {
      window.clearTimeout(settle);
      leaving.current = false;
    };
    const leave = () => {
      leaving.current = true;
      window.clearTimeout(settle);
      settle = window.setTimeout(stay, LEAVE_SETTLE_MS);
    };
    // Answers not yet confirmed: the browser asks before the page is left (closed, reloaded, another address). They
    // would wait in this browser only, which a private window forgets and another device never sees. Not once sending
    // has stopped: the status then asks for the very reload or sign-in a prompt would stand in the way of. Nor when the
    // idle timeout leaves the page (idle-watch.tsx): nobody is there to answer, and the screen must clear.
    const askBeforeLeaving = (event: BeforeUnloadEvent) => {
      if (!stopped.current && !document.documentElement.dataset.leaving && store.all().length > 0) {
        event.preventDefault();
        // Browsers before preventDefault asked for this (Safari, older Chrome).
        event.returnValue = '';
      }
      leave();
    };
    // beforeunload comes as the next page is asked for; browsers that leave it out (Safari on iOS) still give pagehide.
    window.addEventListener('beforeunload', askBeforeLeaving);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', stay);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('beforeunload', askBeforeLeaving);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', stay);
      window.clearInterval(timer);
      window.clearTimeout(settle);
    };
  }, [store, flush]);

  // A newer answer kept from another device (`stale`) is no error: the field says so itself (lib/autosave/refusals.ts).
  useEffect(() => {
    if (hasErrorRefusal(refusals)) setStatus('error');
  }, [refusals]);

  /** Values typed here but not yet confirmed: merge them over the server's values after a reload. */
  const pendingValues = useCallback(() => Object.fromEntries(store.all().map((e) => [e.key, e.payload])) as Record<string, P>, [store]);

  return { save, flush, status, pendingCount, refusals, lastSavedAt, pendingValues };
}
