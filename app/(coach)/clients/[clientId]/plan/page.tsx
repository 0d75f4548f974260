import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { planPageData } from '@/db/queries/plan-page';
import { listPlanItems } from '@/db/queries/plans';
import { requireClientPage } from '@/lib/auth/client-access';
import { requireCoachPage } from '@/lib/auth/guards';
import { appLocale } from '@/lib/i18n/app-locale';
import { findHealthWords } from '@/lib/plans/health-words';
import { planHints } from '@/lib/plans/hints';
import { interventionByKey } from '@/lib/plans/library';
import { hintText, reasonText } from '@/lib/plans/messages';
import { repeatedReasons } from '@/lib/plans/page-ui';
import { isPastDue } from '@/lib/plans/past-due';
import { suggestInterventions } from '@/lib/plans/suggestions';
import { todayIn } from '@/lib/sessions/zoned-time';
import { PoortwachterPanel } from '../_components/poortwachter-panel';
import { NewItem, PlanList, SharesPanel, SuggestionList } from './lazy-forms';
import { PlanItemBody, PlanItemHeading } from './plan-item-summary';
import type { PlanListItem } from './plan-list';
import { SHARE_EXPIRY_WARNING_DAYS, ShareSummary } from './share-summary';
import type { ShareRow } from './shares-panel';
import { latestIntake } from './suggestion-input';
import type { DismissedView, SuggestionView } from './suggestion-list';
import { SuggestionSummary } from './suggestion-summary';

export async function generateMetadata() {
  return { title: (await getTranslations('plan'))('title') };
}

export default async function ClientPlanPage({ params }: { params: Promise<{ clientId: string }> }) {
  const actor = await requireCoachPage();
  const client = await requireClientPage(actor, (await params).clientId);
  // Three statements after the access check: the items, the measurement history (suggestions) and the rest of the
  // page (db/queries/plan-page.ts), whatever the client has on record.
  const [t, format, intlLocale, items, data, latest] = await Promise.all([
    getTranslations('plan'),
    getFormatter(),
    getLocale(),
    listPlanItems(actor.practiceId, client.id),
    planPageData(actor.practiceId, client.id),
    latestIntake(actor.practiceId, client.id),
  ]);
  if (!data) notFound();
  // Under the practice's current index components, as the results page shows the profile.
  const input = latest?.inputFor(data.componentSet) ?? null;
  const intake = latest && input ? { ...latest, input } : null;
  const locale = appLocale(intlLocale);
  const { facts, contacts, releases, shares, employerActions } = data;
  const dismissed = intake ? data.dismissedFor(intake.measurementId) : [];

  const today = todayIn();
  const openRelease = new Map(releases.filter((r) => !r.withdrawnAt).map((r) => [r.itemId, r]));
  const planItems: PlanListItem[] = items.map((i, index) => {
    const release = openRelease.get(i.id);
    const values = {
      title: i.title,
      description: i.description,
      employerWording: i.employerWording ?? '',
      rationale: i.rationale,
      category: i.category,
      level: i.level,
      owner: i.owner,
      dueDate: i.dueDate ?? '',
      reviewDate: i.reviewDate ?? '',
      dimensions: i.dimensions,
    };
    const shown = { ...values, source: i.source, pastDue: isPastDue(i, today), release: release ?? null };
    return {
      id: i.id,
      version: i.version,
      title: i.title,
      status: i.status,
      // Wording with a health word is not released (lib/plans/service.ts releaseItem): its card says why, with no button.
      releasable: Boolean(values.employerWording) && findHealthWords(values.employerWording).length === 0,
      released: Boolean(release),
      values,
      heading: <PlanItemHeading item={shown} index={index} />,
      body: <PlanItemBody item={shown} />,
    };
  });

  // Suggestions: not dismissed for this measurement, not already in the plan.
  const inPlan = new Set(items.map((i) => i.source));
  const dimensionName = (key: string) => intake?.instrument.dimensions.find((d) => d.key === key)?.name[locale];
  const suggestionViews = intake
    ? suggestInterventions(intake.input, new Set(dismissed.map((d) => d.key)))
        .filter((s) => !inPlan.has(s.intervention.key))
        .map((s) => ({
          key: s.intervention.key,
          title: s.intervention.title[client.locale],
          description: s.intervention.description[client.locale],
          employerWording: s.intervention.employerWording[client.locale],
          reasons: s.reasons.map((r) => reasonText(r, locale, dimensionName)),
          category: s.intervention.category,
          level: s.intervention.level,
          owner: s.intervention.owner,
          dimensions: s.dimensions,
          evidence: s.intervention.evidence[locale],
        }))
    : [];
  const sameWhyAs = repeatedReasons(suggestionViews);
  const suggestions: SuggestionView[] = suggestionViews.map(({ evidence, ...view }, i) => ({
    ...view,
    summary: <SuggestionSummary suggestion={{ ...view, evidence }} sameWhyAs={sameWhyAs[i]} />,
  }));
  // Dismissed for this measurement, to put back; one the library no longer has, or one in the plan already (taken over
  // in another tab), would not show again, so it is not offered.
  const dismissedViews: DismissedView[] = dismissed.flatMap((d) => {
    const intervention = interventionByKey(d.key);
    return intervention && !inPlan.has(d.key) ? [{ key: d.key, title: intervention.title[locale] }] : [];
  });
  const hints = planHints(items.filter((i) => i.status !== 'dropped'));

  const now = Date.now();
  const shareRows: ShareRow[] = shares.map((s) => {
    const state = s.revokedAt ? 'revoked' : s.expiresAt.getTime() <= now ? 'expired' : 'active';
    const facts = {
      contactName: s.contactName,
      contactRole: s.contactRole,
      state,
      expiresAt: s.expiresAt,
      expiresSoon: state === 'active' && s.expiresAt.getTime() - now <= SHARE_EXPIRY_WARNING_DAYS * 24 * 60 * 60 * 1000,
      confirmedAt: s.confirmedAt ?? null,
      openings: Number(s.openings),
      lastOpenedAt: s.lastOpenedAt ? new Date(s.lastOpenedAt) : null,
    } as const;
    return { id: s.id, revoked: state === 'revoked', summary: <ShareSummary share={facts} /> };
  });
  // A contact who reads another language than the coach gets the mail and the page in it: said beside the name.
  const shareContacts = contacts
    .filter((c) => c.role === 'manager' || c.role === 'hr')
    .map((c) => {
      const reads = c.locale === locale ? '' : `, ${t('shares.reads', { locale: c.locale })}`;
      return { id: c.id, label: `${c.name} (${t(`shares.roles.${c.role}`)}${reads})` };
    });
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  // Why no new link can be made (a closed trajectory, no sharing consent): the panel then leaves its form out.
  const sharesBlocked =
    client.status === 'closed' || client.archivedAt ? (
      <p className="text-sm text-slate-600" data-testid="shares-blocked">
        {t('errors.clientClosed')}
      </p>
    ) : data.sharingConsent ? null : (
      <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="shares-blocked">
        {t('shares.noConsent')} <Link href={`/clients/${client.id}#consents`}>{t('shares.toConsents')}</Link>
      </p>
    );

  const plan = (
    <div className="flex min-w-0 flex-col gap-6">
      {hints.length > 0 && (
        <div className="flex flex-col gap-2" data-testid="plan-hints">
          {hints.map((h) => (
            <p key={h.key} className="alert border-amber-300 bg-amber-50 text-amber-900">
              {hintText(h.key, locale)}
            </p>
          ))}
        </div>
      )}

      <section className="flex flex-col gap-3" aria-labelledby="plan-title">
        <div>
          <h2 id="plan-title">{t('list.title')}</h2>
          <p className="text-sm text-slate-600">{t('list.intro', { name: client.firstName })}</p>
        </div>
        <PlanList
          clientId={client.id}
          items={planItems}
          empty={!intake ? 'noIntake' : suggestions.length === 0 ? 'noSuggestions' : 'suggestions'}
        />
        <NewItem clientId={client.id} />
      </section>

      <section className="flex flex-col gap-3" aria-labelledby="suggestions-title">
        <div>
          {/* tabIndex -1: the focus goes here once the last suggestion is dismissed (suggestion-list.tsx). */}
          <h2 id="suggestions-title" tabIndex={-1}>
            {t('suggestions.title')}
          </h2>
          <p className="text-sm text-slate-600">
            {intake?.completedAt
              ? t('suggestions.from', { date: format.dateTime(intake.completedAt, { dateStyle: 'medium' }) })
              : t('suggestions.noIntake')}
          </p>
        </div>
        {intake && suggestions.length > 0 && client.locale !== locale && (
          // The texts are taken over as the client will read them: in the client's language, not the coach's.
          <p className="text-sm text-slate-600" data-testid="suggestions-language">
            {t('suggestions.clientLanguage', { language: client.locale })}
          </p>
        )}
        {/* Also with none left (it says so): it stays, to move the focus to the item the last one taken over became. */}
        {intake && (
          <SuggestionList clientId={client.id} measurementId={intake.measurementId} suggestions={suggestions} dismissed={dismissedViews} />
        )}
      </section>

      <section className="card flex flex-col gap-3" aria-labelledby="shares-title">
        <div>
          {/* tabIndex -1: the focus goes here once a link is revoked (shares-panel.tsx). */}
          <h2 id="shares-title" tabIndex={-1}>
            {t('shares.title')}
          </h2>
          <p className="text-sm text-slate-600">{t('shares.intro')}</p>
        </div>
        {/* Outside the panel's lazily loaded part: the link to the consents works as soon as the page has hydrated. */}
        {sharesBlocked}
        {/* A link mailed now would show an empty list: said before one is made (a first impression in a tripartite talk). */}
        {!sharesBlocked && shareContacts.length > 0 && openRelease.size === 0 && (
          <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="shares-nothing-released">
            {t('shares.nothingReleased')}
          </p>
        )}
        <SharesPanel clientId={client.id} contacts={shareContacts} shares={shareRows} blocked={sharesBlocked !== null} />
      </section>

      {employerActions.length > 0 && (
        <section className="card flex flex-col gap-2" aria-labelledby="employer-activity-title">
          <h2 id="employer-activity-title">{t('activity.title')}</h2>
          <ul className="flex flex-col gap-2 text-sm" data-testid="employer-activity">
            {employerActions.map((a) => (
              <li key={a.id}>
                <span className="text-slate-600">{when(a.createdAt)} · </span>
                {a.kind === 'confirmed' && t('activity.confirmed')}
                {a.kind === 'status' &&
                  t('activity.status', { title: titleOf.get(a.itemId ?? '') ?? '', status: t(`statuses.${a.status ?? 'planned'}`) })}
                {a.kind === 'comment' && (
                  <>
                    {t('activity.comment')} <q className="whitespace-pre-line">{a.comment}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );

  if (!facts?.onSickLeave || !facts.sickLeaveSince) return plan;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      {plan}
      <aside className="flex flex-col gap-3">
        <PoortwachterPanel
          practiceId={actor.practiceId}
          client={{
            id: client.id,
            onSickLeave: true,
            sickLeaveSince: facts.sickLeaveSince,
            status: facts.status,
            closedOn: facts.closedOn,
          }}
          events={data.sickLeaveEvents}
        />
        {/* For an open trajectory: a closed one feeds no plan van aanpak any more (its panel says it stopped counting). */}
        {facts.status !== 'closed' && (
          <p className="text-sm text-slate-700" data-testid="plan-van-aanpak-note">
            {t('sickLeave.feeds')}
          </p>
        )}
      </aside>
    </div>
  );
}
