import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * In place of a form that would be refused: without a given coaching agreement no measurement starts and no homework
 * is assigned (lib/intake/service.ts, lib/homework/service.ts). Said up front, with the way to the consent.
 */
export async function AgreementRequired({ clientId }: { clientId: string }) {
  const [te, tc] = await Promise.all([getTranslations('errors'), getTranslations('common')]);
  return (
    <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="agreement-required">
      {/* The consents panel's ScrollToHash brings the section into view once it has streamed in. */}
      {te('consent_required')} <Link href={`/clients/${clientId}#consents`}>{tc('toConsents')}</Link>
    </p>
  );
}
