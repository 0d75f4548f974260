import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { listInvitations } from '@/db/queries/invitations';
import { getPractice } from '@/db/queries/practices';
import { listTeam } from '@/db/queries/users';
import { requireCoachPage } from '@/lib/auth/guards';
import { CaseloadSettingsSection } from './caseload-settings';
import { CoachRoleButton } from './coach-role-button';
import { CoachStatusButton } from './coach-status-button';
import { InviteCoachForm } from './invite-coach-form';
import { LogoForm } from './logo-form';
import { PracticeSettingsForm } from './practice-settings-form';
import { ResetTwoFactorButton } from './reset-two-factor-button';
import { RevokeInvitationButton } from './revoke-invitation-button';
import { ScoringSettingsSection } from './scoring-settings';

export async function generateMetadata() {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const actor = await requireCoachPage();
  const isOwner = actor.role === 'owner';
  const [t, tc, ta, tsec, format, practice, coaches, invitations] = await Promise.all([
    getTranslations('settings'),
    getTranslations('common'),
    getTranslations('auditLog'),
    getTranslations('security'),
    getFormatter(),
    getPractice(actor.practiceId),
    listTeam(actor.practiceId),
    isOwner ? listInvitations(actor.practiceId) : Promise.resolve([]),
  ]);
  if (!practice) return null;
  const now = Date.now();

  return (
    <div className="flex flex-col gap-6">
      <h1>{t('title')}</h1>

      <section className="card flex flex-col gap-4" aria-labelledby="practice-title">
        <div>
          <h2 id="practice-title">{t('practiceTitle')}</h2>
          <p className="text-sm text-slate-600">{isOwner ? t('practiceIntro') : t('ownerOnly')}</p>
        </div>
        {isOwner ? (
          <PracticeSettingsForm
            practice={{
              name: practice.name,
              address: practice.address,
              kvkNumber: practice.kvkNumber,
              reportColor: practice.reportColor,
              version: practice.version,
            }}
          />
        ) : (
          <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium">{t('name')}</dt>
            <dd>{practice.name}</dd>
            <dt className="font-medium">{t('address')}</dt>
            <dd>{practice.address || '—'}</dd>
            <dt className="font-medium">{t('kvkNumber')}</dt>
            <dd>{practice.kvkNumber || '—'}</dd>
          </dl>
        )}
      </section>

      {isOwner && (
        <section className="card flex flex-col gap-4" aria-labelledby="logo-title">
          <div>
            <h2 id="logo-title">{t('logoTitle')}</h2>
            <p className="text-sm text-slate-600">{t('logoIntro')}</p>
          </div>
          {practice.hasLogo ? (
            // eslint-disable-next-line @next/next/no-img-element -- private, session-bound image
            <img
              src={`/api/practice/logo?v=${practice.updatedAt.getTime()}`}
              alt={t('logoAlt', { practice: practice.name })}
              className="max-h-20 max-w-60 self-start object-contain"
            />
          ) : (
            <p className="text-sm text-slate-600">{t('noLogo')}</p>
          )}
          <LogoForm hasLogo={practice.hasLogo} />
        </section>
      )}

      {isOwner && <CaseloadSettingsSection practiceId={actor.practiceId} />}
      <ScoringSettingsSection practiceId={actor.practiceId} isOwner={isOwner} />

      {isOwner && (
        <section className="card flex flex-col gap-3" aria-labelledby="audit-title">
          <div>
            <h2 id="audit-title">{ta('title')}</h2>
            <p className="text-sm text-slate-600">{ta('intro')}</p>
          </div>
          <Link href="/settings/audit" className="btn btn-secondary self-start">
            {ta('linkFromSettings')}
          </Link>
        </section>
      )}

      <section className="card flex flex-col gap-3" aria-labelledby="security-title">
        <div>
          <h2 id="security-title">{tsec('title')}</h2>
          <p className="text-sm text-slate-600">{tsec('intro')}</p>
        </div>
        <Link href="/settings/security" className="btn btn-secondary self-start">
          {tsec('linkFromSettings')}
        </Link>
      </section>

      <section className="card flex flex-col gap-3" aria-labelledby="team-title">
        <div>
          {/* Takes the focus when a row's control goes with the step it took (coach-status-button.tsx and the others). */}
          <h2 id="team-title" tabIndex={-1}>
            {t('teamTitle')}
          </h2>
          <p className="text-sm text-slate-600">{t('teamIntro')}</p>
        </div>
        <ul className="divide-y divide-slate-100" data-testid="team-list">
          {coaches.map((coach) => (
            <li key={coach.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{coach.name}</span> <span className="text-sm text-slate-600">{coach.email}</span>
              </span>
              <span className="flex items-center gap-3 text-sm text-slate-600">
                {tc(`roles.${coach.role}`)}
                {!coach.active && <span className="font-medium text-amber-800">{tsec('inactive')}</span>}
                {isOwner && !coach.active && coach.openClients > 0 && (
                  // On nobody's dashboard now: the owner finds them in the client list, filtered on this coach.
                  <Link href={`/clients?coach=${coach.id}`} className="font-medium">
                    {tsec('stillAssigned', { count: coach.openClients })}
                  </Link>
                )}
                {isOwner && coach.id !== actor.userId && coach.active && coach.twoFactor && (
                  <ResetTwoFactorButton userId={coach.id} name={coach.name} />
                )}
                {isOwner && coach.id !== actor.userId && coach.active && (
                  <CoachRoleButton userId={coach.id} name={coach.name} role={coach.role} />
                )}
                {isOwner && coach.id !== actor.userId && (
                  <CoachStatusButton
                    userId={coach.id}
                    name={coach.name}
                    active={coach.active}
                    assigned={{ clients: coach.openClients, sessions: coach.plannedSessions }}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {isOwner && (
        <section className="card flex flex-col gap-4" aria-labelledby="invite-title">
          <div>
            <h2 id="invite-title">{t('inviteTitle')}</h2>
            <p className="text-sm text-slate-600">{t('inviteIntro')}</p>
          </div>
          <InviteCoachForm />
          {invitations.length > 0 && (
            <>
              <h3 id="invitations-title" tabIndex={-1} className="font-semibold">
                {t('invitationsTitle')}
              </h3>
              <ul className="divide-y divide-slate-100 text-sm">
                {invitations.map((inv) => {
                  const open = !inv.acceptedAt && !inv.revokedAt && inv.expiresAt.getTime() >= now;
                  const status = inv.acceptedAt
                    ? t('invitationStatus.accepted')
                    : inv.revokedAt
                      ? t('invitationStatus.revoked')
                      : open
                        ? t('invitationStatus.open', { date: format.dateTime(inv.expiresAt, { dateStyle: 'medium' }) })
                        : t('invitationStatus.expired');
                  return (
                    <li key={inv.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                      <span>
                        {inv.name} · {inv.email}
                      </span>
                      <span className="flex items-center gap-3 text-slate-600">
                        {status}
                        {open && <RevokeInvitationButton invitationId={inv.id} name={inv.name} />}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      )}

      <section className="card flex flex-col gap-3" aria-labelledby="language-title">
        <div>
          <h2 id="language-title">{t('myLanguage')}</h2>
          <p className="text-sm text-slate-600">{t('myLanguageIntro')}</p>
        </div>
        <LanguageSwitcher />
      </section>
    </div>
  );
}
