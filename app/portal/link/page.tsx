import { getTranslations } from 'next-intl/server';
import { safePortalPath } from '@/lib/portal/rules';

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  return { title: (await getTranslations('portal.link'))(reason === 'coaching_ended' ? 'endedTitle' : 'title') };
}

const REASONS = ['link_expired', 'link_used', 'link_invalid'] as const;

/** Where a used, expired or broken sign-in link lands: what happened, and one button to get a new link. */
export default async function PortalLinkProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string; next?: string }> }) {
  const { reason, next } = await searchParams;
  const t = await getTranslations('portal.link');
  // A closed trajectory: a new link would not come, so no button; the client is pointed to their coach.
  if (reason === 'coaching_ended') {
    return (
      <div className="flex flex-col gap-4">
        <h1>{t('endedTitle')}</h1>
        <p className="text-slate-700" data-testid="link-problem">
          {t('ended')}
        </p>
      </div>
    );
  }
  const known = REASONS.find((r) => r === reason) ?? 'link_invalid';
  const target = safePortalPath(next);
  const login = target === '/portal' ? '/portal/login' : `/portal/login?next=${encodeURIComponent(target)}`;
  return (
    <div className="flex flex-col gap-4">
      <h1>{t('title')}</h1>
      <p className="text-slate-700" data-testid="link-problem">
        {t(`reasons.${known}`)}
      </p>
      <div>
        <a href={login} className="btn btn-primary w-full sm:w-auto">
          {t('requestNew')}
        </a>
      </div>
    </div>
  );
}
