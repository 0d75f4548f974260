'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import { requireTwoFactorAction } from './actions';

export function PracticeRuleForm({ required }: { required: boolean }) {
  const t = useTranslations('security');
  const [value, setValue] = useState(required);
  const [pending, start] = useTransition();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={problem} />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={value}
          disabled={pending}
          onChange={(e) => {
            const next = e.target.checked;
            setValue(next);
            start(async () => {
              const result = await requireTwoFactorAction({ required: next });
              if (!result.ok) setValue(!next);
              setProblem(result.ok ? null : { code: result.error });
            });
          }}
        />
        {t('practiceRuleTitle')}
      </label>
      <p className="text-sm text-slate-600">{t('practiceRuleIntro')}</p>
    </div>
  );
}
