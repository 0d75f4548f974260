'use client';

import { useTranslations } from 'next-intl';
import { SubmitButton } from './form-controls';

/**
 * Save button with the "saved" confirmation beside it, read out by screen readers: every settings form ends with it.
 * A file of its own, so that forms without it (the client overview's controls) do not carry its code.
 */
export function SaveRow({ pending, saved, className = '' }: { pending: boolean; saved: boolean; className?: string }) {
  const tc = useTranslations('common');
  return (
    <div className={`flex items-center gap-3 ${className}`.trim()}>
      <SubmitButton pending={pending} pendingLabel={tc('saving')}>
        {tc('save')}
      </SubmitButton>
      <span aria-live="polite" className="text-sm text-emerald-800">
        {saved ? tc('saved') : ''}
      </span>
    </div>
  );
}
