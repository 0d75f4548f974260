import { getTranslations } from 'next-intl/server';
import { findInvitationByToken } from '@/db/queries/invitations';
import { getPractice } from '@/db/queries/practices';
import { findUser } from '@/db/queries/users';
import { linkState, readLinkToken } from '@/lib/accounts/links';
import { AcceptInvitationForm } from './accept-invitation-form';

export async function generateMetadata() {
  return { title: (await getTranslations('auth.invite'))('submit') };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  // Next already decodes params; decoding again throws on e.g. "%" (a 500 instead of the invalid-link state).
  const { token } = await params;
  const t = await getTranslations('auth.invite');
  const te = await getTranslations('errors');
  const link = readLinkToken(token);
  const invitation = link ? await findInvitationByToken(link.practiceId, link.tokenHash) : null;
  const state = linkState(invitation);

  // Accepted already (the mail's link clicked again): the account is there, so the way on is signing in.
  if (state === 'link_used') {
    return (
      <div className="flex flex-col gap-3">
        <h1>{t('used')}</h1>
        <p>{t('usedSignIn')}</p>
        <p>
          <a href="/login" className="btn btn-primary">
            {t('toSignIn')}
          </a>
        </p>
      </div>
    );
  }
  // Withdrawn by the owner, or replaced by a newer invitation to the same address: not a copying mistake.
  if (invitation?.revokedAt) {
    return (
      <div className="flex flex-col gap-3">
        <h1>{t('unusable')}</h1>
        <p className="alert alert-error" role="alert">
          {t('revoked')}
        </p>
      </div>
    );
  }
  if (state !== 'valid' || !invitation) {
    return (
      <div className="flex flex-col gap-3">
        <h1>{t('unusable')}</h1>
        <p className="alert alert-error" role="alert">
          {te(state === 'valid' ? 'link_invalid' : state)}
        </p>
        <p>{t('askAgain')}</p>
      </div>
    );
  }

  const [practice, inviter] = await Promise.all([
    getPractice(invitation.practiceId),
    findUser(invitation.practiceId, invitation.invitedBy),
  ]);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1>{t('title', { practice: practice?.name ?? '' })}</h1>
        <p className="mt-1 text-slate-600">{t('intro', { inviter: inviter?.name ?? '', email: invitation.email })}</p>
      </div>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </div>
  );
}
