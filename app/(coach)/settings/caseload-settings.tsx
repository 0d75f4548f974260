import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getCaseloadSettings, listClientsDueForErasure } from '@/db/queries/client-retention';
import { dateForDisplay, todayIn } from '@/lib/caseload/dates';
import { CaseloadSettingsForm } from './caseload-settings-form';

/** Owner only: who sees which clients, how long closed records are kept, and which are due for erasure. */
export async function CaseloadSettingsSection({ practiceId }: { practiceId: string }) {
  const [t, format, settings, due] = await Promise.all([
    getTranslations('clients.settings'),
    getFormatter(),
    getCaseloadSettings(practiceId),
    listClientsDueForErasure(practiceId, todayIn()),
  ]);
  if (!settings) return null;
  const date = (d: string) => format.dateTime(dateForDisplay(d), { dateStyle: 'medium' });
  return (
    <section className="card flex flex-col gap-4" aria-labelledby="caseload-title">
      <div>
        <h2 id="caseload-title">{t('title')}</h2>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <CaseloadSettingsForm settings={settings} />
      {/* The owners' weekly reminder mail links here (lib/caseload/retention-reminder.ts). */}
      <div id="erasure" className="flex scroll-mt-4 flex-col gap-2 border-t border-slate-200 pt-4">
        <h3 className="font-semibold">{t('dueTitle')}</h3>
        {due.total === 0 ? (
          <p className="text-sm text-slate-600">{t('dueNone')}</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">
              {t('dueIntro', { count: due.total })}
              {/* The oldest come first: once those are erased, the next ones take their place. */}
              {due.total > due.rows.length && <> {t('dueShowing', { shown: due.rows.length })}</>}
            </p>
            <ul className="divide-y divide-slate-100" data-testid="due-for-erasure">
              {due.rows.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <Link href={`/clients/${c.id}`}>
                    {c.firstName} {c.lastName}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {t('dueRow', { closed: date(c.closedOn ?? c.dueOn), due: date(c.dueOn), coach: c.coachName ?? '—' })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
