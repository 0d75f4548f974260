'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { type FormProblem, refusedProblem } from '@/lib/actions/form-problem';
import type { ActionResult } from '@/lib/actions/result';
import { callAction } from './form-alert';

type After<T> = { ok?: (data: T) => void; refused?: () => void };

/**
 * A list's one-click steps (move, status, release, share, dismiss): sent in a transition, then the page refreshed.
 * `problem` is what FormAlert says when a step did not go through: never sent (offline, a new version), refused with
 * the service's own reason, or refused by code. Refused as stale or with a reason (a colleague or another tab changed
 * it meanwhile), the page refreshes all the same, so the message stands before the current state and the step can be
 * tried again on it.
 */
export function useActionRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const run = <T>(work: () => Promise<ActionResult<T>>, after: After<T> = {}) =>
    start(async () => {
      setProblem(null);
      const result = await callAction(work());
      if ('unsent' in result) {
        after.refused?.();
        return setProblem(result.unsent);
      }
      if (!result.ok) {
        after.refused?.();
        if (result.error === 'stale' || result.fieldErrors?._form) router.refresh();
        return setProblem(refusedProblem(result));
      }
      after.ok?.(result.data);
      router.refresh();
    });
  return { run, pending, problem };
}
