'use client';

import { useTranslations } from 'next-intl';
import { lazyComponent } from '@/app/_components/lazy-component';
import { Fold } from './fold';
import { FormLoading } from './form-loading';

// The close and erase forms (react-hook-form and zod, about 45 kB gzip) are one chunk that loads when the coach opens
// either fold (or points at / tabs to its summary): the overview shows them folded, so its first view does not need
// them. One import for both: separate imports made Turbopack copy their shared code into each chunk.
const load = () => import('./folded-forms');
const preload = () => void load();

const CloseForm = lazyComponent(() => load().then((m) => m.CloseForm), <FormLoading />);
const EraseForm = lazyComponent(() => load().then((m) => m.EraseForm), <FormLoading />);

export function CloseFold({ clientId, version, today }: { clientId: string; version: number; today: string }) {
  const t = useTranslations('clients.lifecycle');
  return (
    <Fold
      summary={t('closeTitle')}
      className="rounded-md border border-slate-200 p-3"
      summaryClassName="cursor-pointer font-medium text-slate-800"
      preload={preload}
    >
      <CloseForm clientId={clientId} version={version} today={today} />
    </Fold>
  );
}

export function EraseFold({ clientId, name }: { clientId: string; name: string }) {
  const te = useTranslations('gdpr.erase');
  return (
    <Fold
      summary={te('title')}
      className="rounded-md border border-red-200 p-3"
      summaryClassName="cursor-pointer font-medium text-red-800"
      preload={preload}
    >
      <EraseForm clientId={clientId} name={name} />
    </Fold>
  );
}
