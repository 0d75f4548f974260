'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { InlineQuestion, useInlineQuestion } from '@/app/_components/confirm-button';
import { callAction, FormAlert, useMessage } from '@/app/_components/form-alert';
import { useCharacterLimit } from '@/app/_components/form-character-count';
import type { FormProblem } from '@/app/_components/use-action-form';
import { useHydrated } from '@/app/_components/use-hydrated';
import { refusedProblem } from '@/lib/actions/form-problem';
import type { ConsentAction, ConsentKind } from '@/lib/caseload/consent-state';
import { TEXT_LIMITS } from '@/lib/text-limits';
import { recordConsentAction } from '../consent-actions';

type Props = { clientId: string; kind: ConsentKind; canGive: boolean; canWithdraw: boolean };

/** Records that the client agreed or withdrew, with an optional note such as "signed on paper". */
export function ConsentButtons({ clientId, kind, canGive, canWithdraw }: Props) {
  const t = useTranslations('consents');
  const message = useMessage();
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState('');
  const limit = useCharacterLimit(noteId, note, TEXT_LIMITS.consentNote);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  // A withdrawal ends things at once (the employer's links and releases, or every write of health data): asked first.
  const question = useInlineQuestion();
  // The pressed button goes away with the new state: the focus goes to that state, so a keyboard user hears it.
  const focusState = useRef(false);
  useEffect(() => {
    if (pending || !focusState.current) return;
    focusState.current = false;
    document.getElementById(`consent-state-${kind}`)?.focus();
  }, [pending, kind]);

  const record = (action: ConsentAction) =>
    startTransition(async () => {
      setProblem(null);
      setFieldError(undefined);
      // A request that never got an answer (offline) says so here, instead of replacing the page with the error page.
      const result = await callAction(recordConsentAction({ clientId, kind, action, note }));
      if ('unsent' in result) {
        setProblem(result.unsent);
      } else if (result.ok) {
        setNote('');
        focusState.current = true;
        router.refresh();
      } else {
        setFieldError(result.fieldErrors?.action ?? result.fieldErrors?.note);
        setProblem(refusedProblem(result));
      }
    });

  return (
    <div className="flex flex-col gap-2">
      <FormAlert problem={fieldError ? null : problem} />
      <div className="field">
        <label htmlFor={noteId} className="field-label">
          {t('note')}
        </label>
        <input
          id={noteId}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          {...limit.fieldProps}
          aria-describedby={limit.counterId}
          placeholder={t('notePlaceholder')}
          className="input"
        />
        {limit.counter}
      </div>
      {fieldError && (
        <p className="field-error" role="alert">
          {message(fieldError)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {canGive && (
          <button type="button" className="btn btn-primary btn-sm" disabled={!hydrated || pending} onClick={() => record('given')}>
            {t('give')}
          </button>
        )}
        {canWithdraw &&
          (question.confirming ? (
            <InlineQuestion
              question={question}
              label={t('withdraw')}
              warning={t(`withdrawWarning.${kind}`)}
              confirmLabel={t('withdrawConfirm')}
              cancelLabel={t('withdrawCancel')}
              pending={pending}
              onConfirm={() => record('withdrawn')}
            />
          ) : (
            <button
              type="button"
              ref={question.trigger}
              className="btn btn-secondary btn-sm"
              disabled={!hydrated || pending}
              onClick={question.ask}
            >
              {t('withdraw')}
            </button>
          ))}
      </div>
    </div>
  );
}
