'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { idleState, STILL_HERE_AFTER_MS } from '@/lib/auth/idle-state';

/** The last contact with the server, a page load or a "still here", in any tab of this browser (tabs share one session). */
const LAST_CONTACT = 'balanspunt:last-contact';

const readLastContact = () => Number(localStorage.getItem(LAST_CONTACT)) || 0;

/**
 * The coach's side of the 30-minute idle timeout (lib/auth/activity.ts): typing or clicking counts as use, also when
 * it sends nothing (a long note before saving), through a "still here" (at once after a quiet minute, else when the
 * minute is over); two minutes before the end a bar offers to stay signed in; at the end the page goes to the sign-in
 * page, which says why, so an unattended screen stops showing a client's data. What is typed stays in the drafts.
 */
export function IdleWatch() {
  const t = useTranslations('common.idle');
  const [warning, setWarning] = useState(false);
  const use = useRef<() => void>(() => {});

  useEffect(() => {
    let lastStillHere = Date.now();
    let trailing: number | undefined;
    const contact = (at: number) => {
      try {
        localStorage.setItem(LAST_CONTACT, String(at));
      } catch {
        // Storage full or blocked: the server's timeout still holds; other tabs just do not hear of this one.
      }
    };
    const end = () => {
      const back = `${window.location.pathname}${window.location.search}`;
      // Not held up by the "leave page?" of answers still queued (use-autosave.ts): they stay queued on this device,
      // and an unattended screen must not keep showing a client's data behind that question.
      document.documentElement.dataset.leaving = 'idle';
      window.location.assign(`/login?notice=idle&next=${encodeURIComponent(back)}`);
    };
    const check = () => {
      const state = idleState(Date.now(), Math.max(readLastContact(), lastStillHere));
      if (state === 'ended') end();
      else setWarning(state === 'warning');
    };
    const stillHere = () => {
      trailing = undefined;
      lastStillHere = Date.now();
      contact(lastStillHere);
      check();
      void fetch('/api/session', { method: 'POST', cache: 'no-store' })
        .then((answer) => answer.status === 401 && end())
        .catch(() => {});
    };
    use.current = () => {
      const wait = lastStillHere + STILL_HERE_AFTER_MS - Date.now();
      if (wait <= 0) stillHere();
      else trailing ??= window.setTimeout(stillHere, wait);
    };
    const onUse = () => use.current();
    contact(lastStillHere); // this page's own request
    window.addEventListener('pointerdown', onUse, { passive: true });
    window.addEventListener('keydown', onUse, { passive: true });
    const timer = window.setInterval(check, 15_000);
    return () => {
      window.removeEventListener('pointerdown', onUse);
      window.removeEventListener('keydown', onUse);
      window.clearInterval(timer);
      window.clearTimeout(trailing);
    };
  }, []);

  if (!warning) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-50 border-t border-amber-300 bg-amber-50 px-4 py-3 shadow-lg" role="alert">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-3">
        <p className="flex-1 text-amber-900">{t('warning')}</p>
        <button type="button" className="btn btn-primary" onClick={() => use.current()}>
          {t('stay')}
        </button>
      </div>
    </div>
  );
}
