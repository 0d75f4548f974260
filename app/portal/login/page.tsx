import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClearPendingAnswers } from '@/app/_components/autosave/clear-pending-answers';
import { currentPortalClient } from '@/lib/portal/guards';
import { safePortalPath } from '@/lib/portal/rules';
import { RequestLinkForm } from './request-link-form';

export async function generateMetadata() {
  return { title: (await getTranslations('portal.login'))('title') };
}

export default async function PortalLoginPage({ searchParams }: { searchParams: Promise<{ next?: string; signedOut?: string }> }) {
  const { next, signedOut } = await searchParams;
  const target = safePortalPath(next);
  if (await currentPortalClient()) redirect(target);
  const t = await getTranslations('portal.login');
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <h1>{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      {/* Signed out (maybe without JavaScript): answers queued on this device are forgotten here as well. */}
      {signedOut && <ClearPendingAnswers />}
      {signedOut && (
        <p className="alert alert-success" role="status">
          {t('signedOut')}
        </p>
      )}
      <div className="card">
        <RequestLinkForm next={target} />
      </div>
      <p className="text-sm text-slate-600">{t('privacy')}</p>
    </div>
  );
}
