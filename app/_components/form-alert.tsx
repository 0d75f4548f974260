'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { type FormProblem, problemMessageKey } from '@/lib/actions/form-problem';
import { readMessage } from '@/lib/actions/message-params';

/**
 * Translates a message key from a schema or an action, with the values it carries (`validation.tooLongMax?max=200`,
 * lib/actions/zod-errors.ts); unknown keys fall back to a generic message.
 */
export function useMessage() {
  // client messages: errors, validation (and the keys actions send back: client-namespaces.test.ts finds those)
  const t = useTranslations();
  return (message: string | undefined, params?: Record<string, string | number>) => {
    if (!message) return '';
    const { key, params: carried } = readMessage(message);
    return t.has(key) ? t(key, carried ? { ...carried, ...params } : params) : t('validation.invalid');
  };
}

/** A request that never got an answer: "no connection" when the browser is offline, else the server's fault. */
export function unsentProblem(): FormProblem {
  return { code: typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'server' };
}

/**
 * The form-level message: announced by screen readers when it appears, scrolled into view and focused (it often sits
 * at the top of a long form whose button is far below, and the button was disabled while sending, dropping the focus).
 */
export function FormAlert({ problem }: { problem: FormProblem | null }) {
  const message = useMessage();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!problem || !ref.current) return;
    ref.current.scrollIntoView({ block: 'nearest' });
    ref.current.focus({ preventScroll: true });
  }, [problem]);
  return (
    <div aria-live="assertive" className="empty:hidden">
      {problem && (
        <p ref={ref} tabIndex={-1} className="alert alert-error" role="alert" data-testid="form-error">
          {message(problemMessageKey(problem), problem.params)}
        </p>
      )}
    </div>
  );
}
