'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies a link to the clipboard and says so; falls back to selecting it when the clipboard is blocked. */
export function CopyButton({ value, label, className = 'btn btn-secondary btn-sm' }: { value: string; label: string; className?: string }) {
  const t = useTranslations('homework.copy');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={className} onClick={copy} data-copy-value={value}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-slate-600">
        {state === 'copied' ? t('done') : state === 'failed' ? t('failed', { url: value }) : ''}
      </span>
    </span>
  );
}
