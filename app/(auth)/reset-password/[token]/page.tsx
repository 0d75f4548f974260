import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { openPasswordReset } from '@/lib/accounts/service';
import { ResetPasswordForm } from './reset-password-form';

export async function generateMetadata() {
  return { title: (await getTranslations('auth.reset'))('title') };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  // Next already decodes params; decoding again throws on e.g. "%" (a 500 instead of the invalid-link state).
  const { token } = await params;
  const t = await getTranslations('auth.reset');
  const { state } = await openPasswordReset(token);
  if (state !== 'valid') {
    // A used, expired or unknown link says so before the coach types a new password twice.
    const te = await getTranslations('errors');
    return (
      <div className="flex flex-col gap-3">
        <h1>{t('unusable')}</h1>
        <p className="alert alert-error" role="alert" data-testid="reset-link-state">
          {te(state)}
        </p>
        <Link href="/forgot-password">{t('requestNew')}</Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-5">
      <h1>{t('title')}</h1>
      <ResetPasswordForm token={token} />
    </div>
  );
}
