import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { appLocale } from '@/lib/i18n/app-locale';
import { SignUpForm } from './signup-form';

export async function generateMetadata() {
  return { title: (await getTranslations('auth.signup'))('title') };
}

export default async function SignUpPage() {
  const t = await getTranslations('auth.signup');
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1>{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
      </div>
      <SignUpForm locale={appLocale(await getLocale())} />
      <p className="text-sm">
        {t('haveAccount')} <Link href="/login">{t('signIn')}</Link>
      </p>
    </div>
  );
}
