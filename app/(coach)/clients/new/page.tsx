import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/client-messages';
import { listEmployerOptions } from '@/db/queries/employers';
import { listCoaches } from '@/db/queries/users';
import { requireCoachPage } from '@/lib/auth/guards';
import { isUuid } from '@/lib/ids';
import { NewClientForm } from '../_components/client-forms';

export async function generateMetadata() {
  return { title: (await getTranslations('clients'))('new') };
}

/** `?employer=<id>` preselects the employer (the link from an employer's page). */
export default async function NewClientPage({ searchParams }: { searchParams: Promise<{ employer?: string }> }) {
  const actor = await requireCoachPage();
  const [t, employers, coaches, sp] = await Promise.all([
    getTranslations('clients'),
    listEmployerOptions(actor.practiceId),
    listCoaches(actor.practiceId),
    searchParams,
  ]);
  const employerId = sp.employer && isUuid(sp.employer) && employers.some((e) => e.id === sp.employer) ? sp.employer : '';
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1>{t('new')}</h1>
      {/* The form's texts here, not in a layout: the client list beside it has no client components that need any. */}
      <ClientMessages area="clients">
        <NewClientForm
          employers={employers}
          // A coach who left cannot take on a client (the service refuses one too).
          coaches={coaches.filter((c) => c.active)}
          defaults={{
            firstName: '',
            lastName: '',
            email: '',
            phone: '',
            jobTitle: '',
            employerId,
            managerContactId: '',
            coachId: actor.userId,
            startDate: '',
            referralRoute: employerId ? 'employer' : 'self',
            locale: 'nl',
            onSickLeave: false,
            sickLeaveSince: '',
            notes: '',
          }}
        />
      </ClientMessages>
    </div>
  );
}
