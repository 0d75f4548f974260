'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { callAction, FormAlert } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { refusedProblem } from '@/lib/actions/form-problem';
import { requireTwoFactorAction } from './actions';

export function PracticeRuleForm({ required }: { required: boolean }) {
  const t = useTranslations('security');
  const [value, setValue] = useState(required);
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const introId = useId();

  const change = (next: boolean) => {
    setValue(next);
    start(async () => {
      setProblem(null);
      // Offline or a new version: said here instead of the error page, and the box shows the rule as it still is.
      const result = await callAction(requireTwoFactorAction({ required: next }));
      if ('unsent' in result || !result.ok) {
        setValue(!next);
        setProblem('unsent' in result ? result.unsent : refusedProblem(result));
      }
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          className="h-5 w-5"
          aria-describedby={introId}
          checked={value}
          disabled={pending}
          onChange={(e) => change(e.target.checked)}
        />
        {t('practiceRuleTitle')}
      </label>
      <p id={introId} className="text-sm text-slate-600">
        {t('practiceRuleIntro')}
      </p>
    </div>
  );
}
