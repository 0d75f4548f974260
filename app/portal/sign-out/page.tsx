import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignOutForm } from '@/app/_components/autosave/sign-out-form';
import { currentPortalClient } from '@/lib/portal/guards';
import { signOutPortalAction } from '../actions';

export async function generateMetadata() {
  return { title: (await getTranslations('portal'))('signOut') };
}

/** A page to sign out from (e.g. on a shared device); the header's button does the same. */
export default async function PortalSignOutPage() {
  // Signed out already (the session ran out): the sign-in page still forgets what this device kept (signedOut), as after
  // the button below (signOutPortalAction).
  if (!(await currentPortalClient())) redirect('/portal/login?signedOut=1');
  const t = await getTranslations('portal');
  return (
    <div className="flex flex-col gap-4">
      <h1>{t('signOut')}</h1>
      <p className="text-slate-700">{t('signOutIntro')}</p>
      <SignOutForm action={signOutPortalAction}>
        <button type="submit" className="btn btn-primary w-full sm:w-auto">
          {t('signOut')}
        </button>
      </SignOutForm>
    </div>
  );
}
