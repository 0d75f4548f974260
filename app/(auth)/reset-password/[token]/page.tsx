import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from './reset-password-form';

export async function generateMetadata() {
  return { title: (await getTranslations('auth.reset'))('title') };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('auth.reset');
  return (
    <div className="flex flex-col gap-5">
      <h1>{t('title')}</h1>
      {/* Next already decodes params; decoding again throws on e.g. "%". */}
      <ResetPasswordForm token={token} />
    </div>
  );
}
