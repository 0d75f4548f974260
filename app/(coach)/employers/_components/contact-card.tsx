'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useFirstWithDraft } from '@/app/_components/autosave/use-first-with-draft';
import { useInlineQuestion } from '@/app/_components/confirm-button';
import { FormAlert, useMessage } from '@/app/_components/form-controls';
import type { FormProblem } from '@/app/_components/use-action-form';
import type { ContactRole } from '@/lib/caseload/constants';
import { removeContactAction } from '../actions';
import { ContactForm, contactDraftKey } from './contact-form';

type Contact = {
  id: string;
  employerId: string;
  name: string;
  role: ContactRole;
  email: string;
  phone: string;
  locale: 'nl' | 'en';
  version: number;
};

export function ContactCard({ contact }: { contact: Contact }) {
  const t = useTranslations('employers.contacts');
  const tr = useTranslations('employers.roles');
  const tc = useTranslations('common');
  const message = useMessage();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [inUse, setInUse] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Keyboard users keep their place: saving or cancelling the edit puts the focus back on this card's "Bewerken".
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Removing asks first (it cannot be undone); the question takes the focus, "Niet verwijderen" gives it back to "Verwijderen".
  const { confirming, ask, close: keep, trigger: removeButton, cancel: keepButton } = useInlineQuestion();
  const askToRemove = () => {
    setProblem(null);
    setInUse(null);
    ask();
  };
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  // Text typed in this contact's form and not saved (a reload, a crash): the form opens again and puts it back.
  const withDraft = useFirstWithDraft([contact.id], contactDraftKey.edit);
  useEffect(() => {
    if (withDraft) setEditing(true);
  }, [withDraft]);
  const stopEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  const remove = () =>
    startTransition(async () => {
      setProblem(null);
      setInUse(null);
      const result = await removeContactAction({ employerId: contact.employerId, contactId: contact.id });
      if (!result.ok) keep();
      if (result.ok) {
        // The card and its buttons go: the focus goes to the list's heading, not to the page.
        document.getElementById('contacts-title')?.focus();
        return router.refresh();
      }
      if (result.fieldErrors?.contactId) setInUse(message(result.fieldErrors.contactId, result.params));
      else setProblem({ code: result.error });
    });

  if (editing) {
    return (
      <li className="rounded-md border border-slate-200 p-3">
        <ContactForm
          employerId={contact.employerId}
          contact={{
            contactId: contact.id,
            version: contact.version,
            employerId: contact.employerId,
            name: contact.name,
            role: contact.role,
            email: contact.email,
            phone: contact.phone,
            locale: contact.locale,
          }}
          focusOnOpen
          onDone={stopEditing}
        />
      </li>
    );
  }
  return (
    <li
      // While asking, the question goes under the contact's details, the full width of the card (the card is narrow).
      className={`flex flex-col gap-2 rounded-md border border-slate-200 p-3 ${confirming ? '' : 'sm:flex-row sm:items-start sm:justify-between'}`}
    >
      <div className="min-w-0">
        <p className="font-medium">
          {contact.name}{' '}
          <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{tr(contact.role)}</span>
        </p>
        <p className="break-words text-sm text-slate-600">
          {[contact.email, contact.phone.replace(/ /g, '\u00a0'), tc(`languageNames.${contact.locale}`)].filter(Boolean).join(' · ')}
        </p>
        <FormAlert problem={problem} />
        {inUse && (
          <p className="field-error" role="alert">
            {inUse}
          </p>
        )}
      </div>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('removeLabel', { name: contact.name })}>
          <span className="text-sm text-slate-700">{t('removeWarning', { name: contact.name })}</span>
          <button type="button" className="btn btn-danger btn-sm" disabled={pending} aria-busy={pending} onClick={remove}>
            {t('removeConfirm')}
          </button>
          <button type="button" ref={keepButton} className="btn btn-ghost btn-sm" disabled={pending} onClick={keep}>
            {t('keep')}
          </button>
        </div>
      ) : (
        <div className="flex shrink-0 gap-2">
          <button
            type="button"
            ref={editButton}
            className="btn btn-secondary btn-sm"
            onClick={() => setEditing(true)}
            aria-label={t('editLabel', { name: contact.name })}
          >
            {t('edit')}
          </button>
          <button
            type="button"
            ref={removeButton}
            className="btn btn-ghost btn-sm"
            onClick={askToRemove}
            aria-label={t('removeLabel', { name: contact.name })}
          >
            {tc('remove')}
          </button>
        </div>
      )}
    </li>
  );
}
