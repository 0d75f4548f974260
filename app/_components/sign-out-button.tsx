import { getTranslations } from 'next-intl/server';
import { signOutFormAction } from '@/app/(auth)/actions';
import { SignOutForm } from './autosave/sign-out-form';

/** A plain form: signing out works before the page has hydrated, and without JavaScript; it forgets queued answers first. */
export async function SignOutButton() {
  const t = await getTranslations('common');
  return (
    <SignOutForm action={signOutFormAction}>
      <button type="submit" className="btn btn-ghost btn-sm">
        {t('signOut')}
      </button>
    </SignOutForm>
  );
}
