import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireCoachPage } from '@/lib/auth/guards';
import { EditEmployerForm } from '../../_components/employer-forms';
import { requireEmployerPage } from '../load';

export async function generateMetadata() {
  return { title: (await getTranslations('employers'))('editTitle') };
}

export default async function EditEmployerPage({ params }: { params: Promise<{ employerId: string }> }) {
  const actor = await requireCoachPage();
  const employer = await requireEmployerPage(actor, (await params).employerId);
  const t = await getTranslations('employers');
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href={`/employers/${employer.id}`} className="self-start text-sm">
        ← {employer.name}
      </Link>
      <h1>{t('editTitle')}</h1>
      <EditEmployerForm
        defaults={{
          employerId: employer.id,
          version: employer.version,
          name: employer.name,
          address: employer.address,
          notes: employer.notes,
        }}
      />
    </div>
  );
}
