import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClearPendingAnswers } from '@/app/_components/autosave/clear-pending-answers';
import { currentActor } from '@/lib/auth/guards';
import { safeNext } from '@/lib/security/safe-next';
import { LoginForm } from './login-form';

export async function generateMetadata() {
  return { title: (await getTranslations('auth.login'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; notice?: string }> }) {
  const { next, notice } = await searchParams;
  const t = await getTranslations('auth.login');
  if (await currentActor()) {
    // Sent here by the browser's idle watch while the server still knows the session (a request it did not see, such as
    // an answer still being retried): the screen stays clear of client data until someone chooses to go on.
    if (notice === 'idle') {
      return (
        <div className="flex flex-col gap-5">
          <h1>{t('title')}</h1>
          <p className="alert border-amber-300 bg-amber-50 text-amber-900" role="status">
            {t('idleStillSignedIn')}
          </p>
          <Link href={safeNext(next)} className="btn btn-primary self-start">
            {t('idleContinue')}
          </Link>
        </div>
      );
    }
    redirect(safeNext(next));
  }
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1>{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
      </div>
      {/* Signed out here (maybe without JavaScript): answers still queued on this device are forgotten now. */}
      {notice === 'signed-out' && <ClearPendingAnswers />}
      {notice === 'signed-out' && (
        <p className="alert alert-success" role="status">
          {t('signedOut')}
        </p>
      )}
      {/* Not "signed out" above: the answers still queued here are kept, and sent once signed in again. */}
      {notice === 'idle' && (
        <p className="alert border-amber-300 bg-amber-50 text-amber-900" role="status">
          {t('idle')}
        </p>
      )}
      {notice === 'password-reset' && <p className="alert alert-success">{t('passwordReset')}</p>}
      {notice === 'invitation-accepted' && <p className="alert alert-success">{t('invitationAccepted')}</p>}
      {notice === 'account-created' && <p className="alert alert-success">{t('accountCreated')}</p>}
      <LoginForm next={safeNext(next)} />
      <div className="flex flex-col gap-1 text-sm">
        <Link href="/forgot-password">{t('forgot')}</Link>
        <p>
          {t('noAccount')} <Link href="/signup">{t('signUp')}</Link>
        </p>
      </div>
    </div>
  );
}
