import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getClient } from '@/db/queries/clients';
import { listEmployerOptions } from '@/db/queries/employers';
import { listCoaches } from '@/db/queries/users';
import { requireClientPage, visibleCoachFilter } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { clientFormValues } from '@/lib/caseload/client-form-values';
import { recordClientViewed } from '@/lib/caseload/service';
import { EditClientForm } from '../../_components/client-forms';

export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const actor = await requireCoachPage();
  const { clientId } = await params;
  await requireClientPage(actor, clientId);
  const [t, client, employers, coaches, onlyCoach] = await Promise.all([
    getTranslations('clients'),
    getClient(actor.practiceId, clientId),
    listEmployerOptions(actor.practiceId),
    listCoaches(actor.practiceId),
    visibleCoachFilter(actor),
    recordClientViewed(actor, clientId, 'edit'),
  ]);
  if (!client) notFound();
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h2>{t('editTitle')}</h2>
      <EditClientForm
        employers={employers}
        // Active coaches, and the client's own even when deactivated (the form must show who it is; saving keeps it).
        coaches={coaches.filter((c) => c.active || c.id === client.coachId)}
        defaults={clientFormValues(client)}
        // Sees only their own clients (the list's rule): handing this one to a colleague takes it out of their sight.
        onlyOwnClients={onlyCoach !== null}
      />
    </div>
  );
}
