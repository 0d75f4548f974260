'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useState } from 'react';
import { focusById } from '@/app/_components/focus-by-id';
import { FormAlert } from '@/app/_components/form-alert';
import { lazyComponent } from '@/app/_components/lazy-component';
import { useActionRun } from '@/app/_components/use-action-run';
import type { ActionResult } from '@/lib/actions/result';
import { createdLinkToShow } from '@/lib/plans/created-link';
import { createShareAction, renewShareAction, revokeShareAction } from './actions';

// Shown only once a link is made: its code loads then, not with the page. Should that load fail (the connection
// dropped), no button shows and the link stays on screen to select: the error page would take it away for good.
const CopyButton = lazyComponent(() =>
  import('../homework/copy-button').then(
    (m) => m.CopyButton,
    () => () => null,
  ),
);

export type ShareRow = {
  id: string;
  revoked: boolean;
  /** Contact, state, expiry and openings, rendered on the server (share-summary.tsx). */
  summary: ReactNode;
};

type Props = {
  clientId: string;
  /** Manager and HR contacts, each with its label (name, role, and the language it reads when not the coach's). */
  contacts: Array<{ id: string; label: string }>;
  shares: ShareRow[];
  /** No new link can be made (no sharing consent, a closed trajectory; the page says why): the form is left out. */
  blocked: boolean;
};

/** Share with a manager or HR contact of the client's own employer; every share with its state and openings. */
export function SharesPanel({ clientId, contacts, shares, blocked }: Props) {
  const t = useTranslations('plan');
  const { run: runAction, pending, problem } = useActionRun();
  const [created, setCreated] = useState<{ shareId: string; url: string } | null>(null);
  // Gone once revoked (here or in another tab): a dead link is not offered for copying.
  const shownLink = createdLinkToShow(created, shares);
  const [contactId, setContactId] = useState(contacts[0]?.id ?? '');
  const [sendMail, setSendMail] = useState(true);
  // What a screen reader hears once a link is revoked: the focus goes to the heading, which does not say it.
  const [spoken, setSpoken] = useState('');

  const run = <T,>(work: () => Promise<ActionResult<T>>, ok?: (data: T) => void) => {
    setSpoken('');
    runAction(work, { ok });
  };

  return (
    <div className="flex flex-col gap-4">
      <FormAlert problem={problem} />
      {blocked ? null : contacts.length === 0 ? (
        <p className="text-sm text-slate-600">{t('shares.noContacts')}</p>
      ) : (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (pending) return;
            // The link shown stays until a new one replaces it: it is shown only once (only its hash is kept), and a
            // second click, refused because the contact has a working link, must not take it off the screen.
            run(
              () => createShareAction({ clientId, contactId, sendMail }),
              (data) => setCreated({ shareId: data.shareId, url: data.url }),
            );
          }}
        >
          <div className="field min-w-56">
            <label htmlFor="share-contact" className="field-label">
              {t('shares.contact')}
            </label>
            <select id="share-contact" className="input" value={contactId} onChange={(e) => setContactId(e.target.value)}>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" className="h-5 w-5" checked={sendMail} onChange={(e) => setSendMail(e.target.checked)} />
            {t('shares.sendMail')}
          </label>
          {/* aria-disabled while it runs, not `disabled`: the focus stays on the button, not on the page. */}
          <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined}>
            {t('shares.create')}
          </button>
        </form>
      )}
      <span className="sr-only" aria-live="polite" data-testid="shares-spoken">
        {spoken}
      </span>
      <div aria-live="polite" className="empty:hidden">
        {shownLink && (
          <div className="alert alert-success flex flex-col gap-2">
            <p>{t('shares.created')}</p>
            <p className="break-all font-mono text-xs" data-testid="share-url">
              {shownLink.url}
            </p>
            <div>
              <CopyButton value={shownLink.url} label={t('shares.copy')} />
            </div>
          </div>
        )}
      </div>
      {shares.length > 0 && (
        <ul className="flex flex-col gap-2" data-testid="shares">
          {shares.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 p-3">
              {s.summary}
              {!s.revoked && (
                <div className="flex gap-2">
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    aria-disabled={pending || undefined}
                    onClick={() => !pending && run(() => renewShareAction({ shareId: s.id }))}
                  >
                    {t('shares.renew')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-danger btn-sm"
                    disabled={pending}
                    onClick={() =>
                      run(
                        () => revokeShareAction({ shareId: s.id }),
                        () => {
                          setCreated((c) => (c?.shareId === s.id ? null : c));
                          setSpoken(t('shares.revokedSpoken'));
                          // Its buttons go with the refresh (a revoked link has none): the focus goes to the list's
                          // heading (page.tsx), which stays, as ConfirmButton's focusOnDone does.
                          focusById('shares-title');
                        },
                      )
                    }
                  >
                    {t('shares.revoke')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
