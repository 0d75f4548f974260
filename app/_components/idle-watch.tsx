'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { idleState, STILL_HERE_AFTER_MS } from '@/lib/auth/idle-state';

/** The latest click, key or page load in any tab of this browser (tabs share one session, and so its idle time). */
const LAST_USE = 'balanspunt:last-use';

const readLastUse = () => Number(localStorage.getItem(LAST_USE)) || 0;

/**
 * The coach's side of the 30-minute idle timeout (lib/auth/activity.ts): typing or clicking counts as use, also when
 * it sends nothing (a long note before saving), through a "still here" once a quiet minute has passed; two minutes
 * before the end a bar offers to stay signed in; at the end the page goes to the sign-in page, which says why and
 * leads back, so an unattended screen stops showing a client's data. What is typed stays in the drafts.
 */
export function IdleWatch() {
  const t = useTranslations('common.idle');
  const [warning, setWarning] = useState(false);
  const use = useRef<() => void>(() => {});

  useEffect(() => {
    let lastStillHere = Date.now(); // this page's own request
    const mark = () => {
      try {
        localStorage.setItem(LAST_USE, String(Date.now()));
      } catch {
        // Storage full or blocked: the server's timeout still holds; this page just warns later.
      }
    };
    const end = () => {
      const back = `${window.location.pathname}${window.location.search}`;
      window.location.assign(`/login?notice=idle&next=${encodeURIComponent(back)}`);
    };
    use.current = () => {
      mark();
      setWarning(false);
      if (Date.now() - lastStillHere < STILL_HERE_AFTER_MS) return;
      lastStillHere = Date.now();
      void fetch('/api/session', { method: 'POST', cache: 'no-store' })
        .then((answer) => answer.status === 401 && end())
        .catch(() => {});
    };
    const onUse = () => use.current();
    const check = () => {
      const state = idleState(Date.now(), Math.max(readLastUse(), lastStillHere));
      if (state === 'ended') end();
      else setWarning(state === 'warning');
    };
    mark();
    window.addEventListener('pointerdown', onUse, { passive: true });
    window.addEventListener('keydown', onUse, { passive: true });
    const timer = window.setInterval(check, 15_000);
    return () => {
      window.removeEventListener('pointerdown', onUse);
      window.removeEventListener('keydown', onUse);
      window.clearInterval(timer);
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
