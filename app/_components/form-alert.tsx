'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { type FormProblem, problemMessageKey } from '@/lib/actions/form-problem';
import { readMessage } from '@/lib/actions/message-params';
import { unsentCause } from './unsent-cause';

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
    if (t.has(key)) return t(key, carried ? { ...carried, ...params } : params);
    // A key this area does not send (lib/i18n/client-namespaces.ts): logged as next-intl logs its own, which fails the
    // end-to-end tests (e2e/fixtures.ts). A library's own wording (zod's, with spaces) is not a key.
    if (/^[a-zA-Z]+(\.[\w-]+)+$/.test(key)) console.error(`MISSING_MESSAGE: ${key} (not sent to this page)`);
    return t('validation.invalid');
  };
}

/** A request that never got an answer (`error`: what the call threw), for the form's alert. */
export function unsentProblem(error?: unknown): FormProblem {
  return { code: unsentCause(error) };
}

/**
 * An action call that resolves to its result, or to `{ unsent }` when no answer came: said next to the button instead
 * of the error page replacing the page (offline, a new version installed, the server down).
 */
export function callAction<R extends object>(call: Promise<R>): Promise<R | { unsent: FormProblem }> {
  return call.catch((error: unknown) => ({ unsent: unsentProblem(error) }));
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
