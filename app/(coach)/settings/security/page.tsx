import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { findUserForSession } from '@/db/queries/users';
import { requireSignedInPage } from '@/lib/auth/guards';
import { ChangePasswordForm } from './change-password-form';
import { PracticeRuleForm } from './practice-rule-form';
import { SignOutEverywhereButton } from './sign-out-everywhere-button';
import { TwoFactorPanel } from './two-factor-panel';

export async function generateMetadata() {
  return { title: (await getTranslations('security'))('title') };
}

/** The one page a coach who still has to enrol in two-factor sign-in may open (requireSignedInPage). */
export default async function SecuritySettingsPage() {
  const actor = await requireSignedInPage();
  const [t, ts, row] = await Promise.all([
    getTranslations('security'),
    getTranslations('settings'),
    findUserForSession(actor.practiceId, actor.userId),
  ]);
  if (!row) return null;
  const enabled = row.user.totpEnabledAt !== null;
  return (
    <div className="flex flex-col gap-6">
      <div>
        {!actor.mustEnrolTwoFactor && (
          <Link href="/settings" className="text-sm underline">
            {ts('title')}
          </Link>
        )}
        <h1>{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      {actor.mustEnrolTwoFactor && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t('mustEnrol')}
        </p>
      )}

      <section className="card flex flex-col gap-3" aria-labelledby="two-factor-title">
        <div>
          <h2 id="two-factor-title">{t('twoFactorTitle')}</h2>
          <p className="text-sm text-slate-600">{t('twoFactorIntro')}</p>
        </div>
        <TwoFactorPanel enabled={enabled} requiredByPractice={row.requireTwoFactor} />
      </section>

      {actor.role === 'owner' && (
        <section className="card flex flex-col gap-3" aria-labelledby="practice-rule-title">
          <h2 id="practice-rule-title">{t('practiceRuleHeading')}</h2>
          <PracticeRuleForm required={row.requireTwoFactor} />
        </section>
      )}

      <section className="card flex flex-col gap-3" aria-labelledby="password-title">
        <h2 id="password-title">{t('passwordTitle')}</h2>
        <ChangePasswordForm />
      </section>

      <section className="card flex flex-col gap-3" aria-labelledby="sessions-title">
        <div>
          <h2 id="sessions-title">{t('sessionsTitle')}</h2>
          <p className="text-sm text-slate-600">{t('sessionsIntro')}</p>
        </div>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}
