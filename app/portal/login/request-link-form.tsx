'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Field, FormAlert, SubmitButton, TextInput } from '@/app/_components/form-controls';
import { usePlainForm } from '@/app/_components/use-plain-form';
import { requestPortalLinkAction } from '../actions';

export function RequestLinkForm({ next }: { next: string }) {
  const t = useTranslations('portal.login');
  const [sent, setSent] = useState(false);
  const { formRef, onSubmit, pending, problem, error, field } = usePlainForm(
    ['email'],
    () => import('@/lib/schemas/portal').then((m) => m.requestPortalLinkSchema),
    requestPortalLinkAction,
    { extra: { next }, onSuccess: () => setSent(true) },
  );
  const limited = problem?.code === 'rate_limited';
  // A few minutes after three requests; hours once a day's worth is used.
  const waitMinutes = Number(problem?.params?.minutes ?? 15);
  // As FormAlert does for other refusals: the wait is what the client must read next.
  const limitRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (problem?.code !== 'rate_limited' || !limitRef.current) return;
    limitRef.current.scrollIntoView({ block: 'nearest' });
    limitRef.current.focus({ preventScroll: true });
  }, [problem]);
  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={(e) => {
        setSent(false);
        void onSubmit(e);
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      {!limited && <FormAlert problem={problem} />}
      <div aria-live="polite" className="empty:hidden">
        {sent && <p className="alert alert-success">{t('sent')}</p>}
        {limited && (
          <p ref={limitRef} tabIndex={-1} className="alert alert-error" role="alert">
            {waitMinutes > 60 ? t('rateLimitedHours', { hours: Math.ceil(waitMinutes / 60) }) : t('rateLimited', { minutes: waitMinutes })}
          </p>
        )}
      </div>
      <Field id="portal-email" required label={t('email')} error={error('email')}>
        {(a) => <TextInput {...a} {...field('email')} type="email" autoComplete="email" inputMode="email" />}
      </Field>
      <SubmitButton pending={pending} className="w-full">
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
