import { useTranslations } from 'next-intl';
import type { Client } from '@/db/schema';
import { todayIn } from '@/lib/caseload/dates';
import { lifecycleActions } from '@/lib/caseload/lifecycle';
import { CloseFold, LifecycleButton, StatusForm } from './lazy-forms';

/**
 * Status changes, closing with a date and reason, reopening and archiving: what fits the current state. The heading
 * takes the focus after each step (lifecycle-controls.tsx: the step's control is replaced or gone), and is described by
 * the state the step led to, so that this is read out.
 */
export function LifecyclePanel({ client }: { client: Pick<Client, 'id' | 'version' | 'status' | 'archivedAt'> }) {
  const t = useTranslations('clients.lifecycle');
  const ts = useTranslations('clients.status');
  const actions = lifecycleActions(client);
  const base = { clientId: client.id, version: client.version };
  return (
    <section className="card flex flex-col gap-4" aria-labelledby="lifecycle-title">
      <div>
        <h2
          id="lifecycle-title"
          tabIndex={-1}
          aria-describedby={client.archivedAt ? 'lifecycle-status lifecycle-archived' : 'lifecycle-status'}
        >
          {t('title')}
        </h2>
        <p id="lifecycle-status" className="text-sm text-slate-600">
          {t('currentStatus', { status: ts(client.status) })}
        </p>
      </div>
      {actions.statuses.length > 0 && <StatusForm key={`s${client.version}`} {...base} statuses={actions.statuses} />}
      {actions.close && <CloseFold key={`c${client.version}`} {...base} today={todayIn()} />}
      {actions.reopen && (
        <div className="flex flex-col gap-1">
          <p className="text-sm text-slate-600">{t('reopenIntro')}</p>
          <LifecycleButton key={`r${client.version}`} {...base} kind="reopen" />
        </div>
      )}
      {actions.archive && (
        <div className="flex flex-col gap-1">
          <p className="text-sm text-slate-600">{t('archiveIntro')}</p>
          <LifecycleButton key={`a${client.version}`} {...base} kind="archive" />
        </div>
      )}
      {client.archivedAt && (
        <p id="lifecycle-archived" className="text-sm text-slate-600">
          {t('archivedNote')}
        </p>
      )}
    </section>
  );
}
