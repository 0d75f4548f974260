'use client';

import { useTranslations } from 'next-intl';
import { readMessage } from '@/lib/actions/zod-errors';
import type { FormProblem } from './use-action-form';

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

/** The form-level message: announced by screen readers when it appears. */
export function FormAlert({ problem }: { problem: FormProblem | null }) {
  const message = useMessage();
  return (
    <div aria-live="assertive" className="empty:hidden">
      {problem && (
        <p className="alert alert-error" role="alert" data-testid="form-error">
          {message(`errors.${problem.code}`, problem.params)}
        </p>
      )}
    </div>
  );
}
