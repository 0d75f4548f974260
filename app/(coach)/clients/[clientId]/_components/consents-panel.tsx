import { useFormatter, useTranslations } from 'next-intl';
import { ScrollToHash } from '@/app/_components/scroll-to-hash';
import { CONSENT_KINDS, CONSENT_TEXT_VERSIONS, type ConsentRecord, consentStates, consentTextKey } from '@/lib/caseload/consent-state';
import { ConsentButtons } from './consent-buttons';

type History = (ConsentRecord & { id: string; recordedByName: string | null; recordedByKind: string; note: string })[];

/**
 * Per kind: the current state, the current text and every earlier one the history names (a consent given to an older
 * text can still be read), the buttons, and the full history (never rewritten).
 */
export function ConsentsPanel({ clientId, history }: { clientId: string; history: History }) {
  const t = useTranslations('consents');
  const format = useFormatter();
  const states = consentStates(history);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section id="consents" className="card flex scroll-mt-4 flex-col gap-4" aria-labelledby="consents-title">
      <h2 id="consents-title" tabIndex={-1} className="focus:outline-none">
        {t('title')}
      </h2>
      <ScrollToHash id="consents" focusId="consents-title" />
      {CONSENT_KINDS.map((kind) => {
        const state = states[kind];
        const entries = history.filter((h) => h.kind === kind);
        const current = CONSENT_TEXT_VERSIONS[kind];
        const earlier = [...new Set(entries.map((e) => e.textVersion))].filter((v) => v !== current);
        return (
          <article
            key={kind}
            className="flex flex-col gap-2 border-t border-slate-100 pt-3 first-of-type:border-0 first-of-type:pt-0"
            aria-labelledby={`consent-${kind}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`consent-${kind}`} className="font-semibold">
                {t(`kinds.${kind}`)}
              </h3>
              <span
                id={`consent-state-${kind}`}
                tabIndex={-1}
                className={`text-sm font-medium ${state.status === 'given' ? 'text-emerald-800' : state.status === 'withdrawn' ? 'text-rose-800' : 'text-slate-600'}`}
                data-testid={`consent-state-${kind}`}
              >
                {t(`states.${state.status}`)}
              </span>
            </div>
            {/* A notice, not an error: a consent given to an earlier text still counts (isConsentGiven), nothing is blocked. */}
            {state.outdated && (
              <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid={`consent-outdated-${kind}`}>
                {t('outdated', { given: state.textVersion ?? '', version: current })}
              </p>
            )}
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">{t('readText', { version: current })}</summary>
              <p className="mt-2 whitespace-pre-line rounded-md bg-slate-50 p-3 text-slate-700">{t(`text.${kind}`)}</p>
            </details>
            {earlier.map((version) => {
              const key = consentTextKey(kind, version);
              return (
                key && (
                  <details key={version} className="text-sm">
                    <summary className="cursor-pointer text-brand-700">{t('readEarlierText', { version })}</summary>
                    <p className="mt-2 whitespace-pre-line rounded-md bg-slate-50 p-3 text-slate-700">{t(key)}</p>
                  </details>
                )
              );
            })}
            <ConsentButtons
              clientId={clientId}
              kind={kind}
              canGive={state.status !== 'given' || state.outdated}
              canWithdraw={state.status === 'given'}
            />
            {entries.length > 0 && (
              <ol className="flex flex-col gap-1 text-sm text-slate-700" aria-label={t('history')}>
                {entries.map((e) => (
                  <li key={e.id}>
                    <span className="font-medium">{t(`actions.${e.action}`)}</span> · {when(e.createdAt)} ·{' '}
                    {t('recordedBy', {
                      name: e.recordedByName ?? t(`recordedByKind.${e.recordedByKind === 'client' ? 'client' : 'coach'}`),
                      version: e.textVersion,
                    })}
                    {e.note && <span className="text-slate-600"> · {e.note}</span>}
                  </li>
                ))}
              </ol>
            )}
          </article>
        );
      })}
    </section>
  );
}
