import { getTranslations } from 'next-intl/server';
import { signInWithPortalLink } from './actions';

// The token is in this URL: never prerendered or cached, no Referer to the next page.
export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('portal.linkSignIn'))('title'), referrer: 'no-referrer' as const, robots: { index: false } };
}

/** Opening a sign-in link only shows this page (a GET writes nothing); the button consumes the link. */
export default async function PortalLinkSignInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('portal.linkSignIn');
  return (
    <form action={signInWithPortalLink} className="flex flex-col gap-4">
      <h1>{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <input type="hidden" name="token" value={token} />
      <div>
        <button type="submit" className="btn btn-primary min-h-11 w-full sm:w-auto">
          {t('button')}
        </button>
      </div>
    </form>
  );
}
