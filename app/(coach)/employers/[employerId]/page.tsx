import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listContacts } from '@/db/queries/employer-contacts';
import { listEmployerClients } from '@/db/queries/employers';
import { visibleCoachFilter } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { StatusBadge } from '../../clients/_components/status-badge';
import { ContactCard } from '../_components/contact-card';
import { ContactForm } from '../_components/contact-form';
import { requireEmployerPage } from './load';

export async function generateMetadata() {
  return { title: (await getTranslations('employers'))('detailTitle') };
}

export default async function EmployerPage({ params }: { params: Promise<{ employerId: string }> }) {
  const actor = await requireCoachPage();
  const employer = await requireEmployerPage(actor, (await params).employerId);
  const [t, contacts, { rows: clients, total: clientTotal }] = await Promise.all([
    getTranslations('employers'),
    listContacts(actor.practiceId, employer.id),
    visibleCoachFilter(actor).then((coachId) => listEmployerClients(actor.practiceId, employer.id, coachId)),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/employers" className="self-start text-sm">
          ← {t('backToList')}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1>{employer.name}</h1>
          <Link href={`/employers/${employer.id}/edit`} className="btn btn-secondary btn-sm">
            {t('edit')}
          </Link>
        </div>
        {employer.address && <p className="text-slate-600">{employer.address}</p>}
        {employer.notes && <p className="max-w-prose whitespace-pre-line text-sm text-slate-700">{employer.notes}</p>}
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card flex flex-col gap-4" aria-labelledby="contacts-title">
          <div>
            <h2 id="contacts-title" tabIndex={-1}>
              {t('contacts.title')}
            </h2>
            <p className="text-sm text-slate-600">{t('contacts.intro')}</p>
          </div>
          {contacts.length === 0 ? (
            <p className="text-slate-600">{t('contacts.empty')}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {contacts.map((c) => (
                <ContactCard key={c.id} contact={c} />
              ))}
            </ul>
          )}
          <div className="border-t border-slate-200 pt-4">
            <h3 className="mb-2 font-semibold">{t('contacts.addTitle')}</h3>
            <ContactForm employerId={employer.id} />
          </div>
        </section>

        <section className="card flex flex-col gap-3" aria-labelledby="employer-clients-title">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h2 id="employer-clients-title">{t('clients.title')}</h2>
              <p className="text-sm text-slate-600">{t('clients.coachOnly')}</p>
            </div>
            <Link href={`/clients/new?employer=${employer.id}`} className="btn btn-secondary btn-sm">
              {t('clients.add')}
            </Link>
          </div>
          {clients.length === 0 ? (
            <p className="text-slate-600">{t('clients.empty')}</p>
          ) : (
            <>
              {clientTotal > clients.length && (
                <p className="text-sm font-medium text-slate-700" data-testid="employer-clients-shown">
                  {t('clients.shown', { shown: clients.length, total: clientTotal })}
                </p>
              )}
              <ul className="divide-y divide-slate-100">
                {clients.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <Link href={`/clients/${c.id}`} className="font-medium">
                        {c.firstName} {c.lastName}
                      </Link>
                      {c.managerName && <span className="text-sm text-slate-600"> · {t('clients.manager', { name: c.managerName })}</span>}
                    </span>
                    <StatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
