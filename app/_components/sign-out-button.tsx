import { getTranslations } from 'next-intl/server';
import { signOutFormAction } from '@/app/(auth)/actions';

/** A plain form: signing out works before the page has hydrated, and without JavaScript. */
export async function SignOutButton() {
  const t = await getTranslations('common');
  return (
    <form action={signOutFormAction}>
      <button type="submit" className="btn btn-ghost btn-sm">
        {t('signOut')}
      </button>
    </form>
  );
}
