'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { callAction, FormAlert, useMessage } from '@/app/_components/form-alert';
import type { FormProblem } from '@/app/_components/use-action-form';
import { appLocale } from '@/lib/i18n/app-locale';
import { findHealthWords } from '@/lib/plans/health-words';
import { releasePlanItemAction, withdrawPlanItemAction } from './actions';

type Props = {
  itemId: string;
  title: string;
  wording: string;
  /** Who does it and by when, as this page shows them: the release is refused when either changed since. */
  seen: { owner: string; dueDate: string | null };
  released: { at: string; inSession: boolean } | null;
  /**
   * What the employer sees. `readerLocale`: the one language the employer reads when it is not the client's (the preview
   * is in it, `otherLanguage` then in the client's own); null when it is the client's, or not known.
   */
  preview: {
    wording: string;
    readerLocale: 'nl' | 'en' | null;
    owner: string;
    due: string | null;
    status: string;
    /** With `readerLocale`: the owner, due date and status line as the share page writes it, in that language. */
    readerLine: string | null;
    otherLanguage: string | null;
  } | null;
  /** False without the client's consent to share with the employer: withdrawing stays possible, releasing does not. */
  canRelease: boolean;
};

/** The service's refusal for an item the coach dropped meanwhile (lib/plans/service.ts releaseItem). */
const DROPPED = 'plan.errors.releaseDropped';

/** Release or withdraw one item, after seeing exactly what the employer will see. */
export function ReleaseControls({ itemId, title, wording, seen, released, preview, canRelease }: Props) {
  const t = useTranslations('planPortal');
  const locale = appLocale(useLocale());
  const format = useFormatter();
  const message = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [showPreview, setShowPreview] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Dropped by the coach while this page was open: the refreshed plan would no longer list the item, and the message with
  // it, so the card stays as it was, says why, and offers nothing more until the page is loaded again.
  const [dropped, setDropped] = useState(false);
  const words = wording ? findHealthWords(wording) : [];
  // The button pressed disappears with each step, so the focus is moved on, not left to fall to the page: to the
  // preview once it opens, back to "release" when it closes, to the new state once the refreshed plan shows it, and to
  // the refusal when the release was refused (its button may be gone with the refreshed plan).
  type Next = { to: 'state'; from: string | null } | { to: 'preview' } | { to: 'release' } | { to: 'refusal' };
  const focusNext = useRef<Next | null>(null);
  const stateRef = useRef<HTMLParagraphElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const releaseRef = useRef<HTMLButtonElement>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next || (next.to === 'state' && (released?.at ?? null) === next.from) || (next.to === 'refusal' && !refusalRef.current)) return;
    focusNext.current = null;
    ({ state: stateRef, preview: previewRef, release: releaseRef, refusal: refusalRef })[next.to].current?.focus();
  });

  const run = (work: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string> }>) =>
    start(async () => {
      setProblem(null);
      setRefusal(null);
      const result = await callAction(work());
      if ('unsent' in result) return setProblem(result.unsent);
      if (!result.ok && result.fieldErrors?._form) {
        // Refused because the text changed (or the consent did): the page shows the current state behind the message.
        focusNext.current = { to: 'refusal' };
        setShowPreview(false);
        if (result.fieldErrors._form === DROPPED) setDropped(true);
        else router.refresh();
        return setRefusal(result.fieldErrors._form);
      }
      if (!result.ok) return setProblem({ code: (result.error ?? 'server') as FormProblem['code'] });
      focusNext.current = { to: 'state', from: released?.at ?? null };
      setShowPreview(false);
      router.refresh();
    });

  const previewBox = preview && (
    <div ref={previewRef} tabIndex={-1} className="rounded-md border border-slate-300 bg-slate-50 p-3" data-testid="employer-preview">
      <p className="text-sm font-medium text-slate-700">
        {preview.readerLocale ? t('previewTitleIn', { language: preview.readerLocale }) : t('previewTitle')}
      </p>
      {/* Library text reads in the employer's language (it has another language's version); written text is as written. */}
      <p className="mt-1 whitespace-pre-line" lang={preview.readerLocale && preview.otherLanguage ? preview.readerLocale : undefined}>
        {preview.wording}
      </p>
      {preview.readerLocale && preview.readerLine && (
        <p className="mt-1 text-sm text-slate-600" lang={preview.readerLocale}>
          {preview.readerLine}
        </p>
      )}
      {preview.otherLanguage && (
        <p className="mt-1 text-sm text-slate-700" data-testid="employer-preview-other-language">
          {preview.readerLocale ? t('previewInOwnLanguage', { language: locale }) : t('previewOtherLanguage')}{' '}
          <span lang={preview.readerLocale ? locale : locale === 'nl' ? 'en' : 'nl'}>{preview.otherLanguage}</span>
        </p>
      )}
      {!preview.readerLocale && (
        <p className="mt-1 text-sm text-slate-600">
          {t('owner', { owner: preview.owner })}
          {preview.due && <> · {t('due', { date: preview.due })}</>} · {preview.status}
        </p>
      )}
    </div>
  );

  return (
    <div className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      {refusal && (
        <p ref={refusalRef} tabIndex={-1} className="alert alert-error" role="alert" data-testid="release-refusal">
          {message(refusal)}
        </p>
      )}
      {dropped ? null : released ? (
        <>
          <p ref={stateRef} tabIndex={-1} className="text-sm font-medium text-emerald-800" data-testid="portal-release-state">
            {t(released.inSession ? 'releasedInSession' : 'released', {
              date: format.dateTime(new Date(released.at), { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
            })}
          </p>
          {previewBox}
          <button
            type="button"
            className="btn btn-secondary w-full"
            disabled={pending}
            onClick={() => run(() => withdrawPlanItemAction({ itemId }))}
            aria-label={t('withdrawFor', { title })}
          >
            {t('withdraw')}
          </button>
        </>
      ) : !preview ? (
        <p className="text-sm text-slate-600">{t('noWording')}</p>
      ) : !canRelease ? (
        <p ref={stateRef} tabIndex={-1} className="text-sm text-slate-600">
          {t('notReleased')}
        </p>
      ) : showPreview ? (
        <>
          {previewBox}
          {words.length > 0 ? (
            <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="health-word-warning">
              {t('healthWarning', { words: words.map((w) => `“${w}”`).join(', '), count: words.length })}
            </p>
          ) : (
            // The word check cannot know every way of saying it: the client, who knows, reads once more before sharing.
            <p className="text-sm text-slate-700" data-testid="health-reminder">
              {t('healthReminder')}
            </p>
          )}
          <div className="flex flex-col gap-2 sm:flex-row">
            {/* Wording with a health word is not shared (lib/plans/service.ts releaseItem): the warning says why, no button. */}
            {words.length === 0 && (
              <button
                type="button"
                className="btn btn-primary w-full"
                disabled={pending}
                onClick={() => run(() => releasePlanItemAction({ itemId, wording, seen }))}
              >
                {t('confirmRelease')}
              </button>
            )}
            <button
              type="button"
              className="btn btn-secondary w-full"
              disabled={pending}
              onClick={() => {
                focusNext.current = { to: 'release' };
                setShowPreview(false);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </>
      ) : words.length > 0 ? (
        // Not to be shared as written (lib/plans/service.ts refuses it): said on the card, without a button that leads to
        // a preview of health words under "this is what your employer sees".
        <>
          <p ref={stateRef} tabIndex={-1} className="text-sm text-slate-600">
            {t('notReleased')}
          </p>
          <p className="alert border-amber-300 bg-amber-50 text-amber-900" data-testid="health-word-warning">
            {t('healthWarning', { words: words.map((w) => `“${w}”`).join(', '), count: words.length })}
          </p>
        </>
      ) : (
        <>
          <p ref={stateRef} tabIndex={-1} className="text-sm text-slate-600">
            {t('notReleased')}
          </p>
          <button
            ref={releaseRef}
            type="button"
            className="btn btn-primary w-full"
            onClick={() => {
              focusNext.current = { to: 'preview' };
              setShowPreview(true);
            }}
            aria-label={t('releaseFor', { title })}
          >
            {t('release')}
          </button>
        </>
      )}
    </div>
  );
}
