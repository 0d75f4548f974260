'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useFirstWithDraft } from '@/app/_components/autosave/use-first-with-draft';
import { planItemDraftKey } from './item-draft';
import { PlanItemForm, preloadPlanItemForm } from './lazy-item-form';

/**
 * "Add an item by hand", folded away until needed, also when the plan is empty: its form's code (react-hook-form and
 * zod) loads only then (lazy-item-form.tsx). Opening moves the focus to the form's heading, where the button was.
 */
export function NewItem({ clientId }: { clientId: string }) {
  const t = useTranslations('plan');
  const [open, setOpen] = useState<'clicked' | 'draft' | false>(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Text typed here before a reload or a crash: the form opens by itself and puts it back (without taking the focus).
  const draft = useFirstWithDraft([clientId], planItemDraftKey.create);
  useEffect(() => {
    if (draft) setOpen((o) => o || 'draft');
  }, [draft]);
  // Focus follows the coach: to the form's heading on opening, back to the button after "cancel".
  const button = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (open === 'clicked') heading.current?.focus();
    if (open === false && cancelled.current) button.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <div>
        <button
          ref={button}
          type="button"
          className="btn btn-secondary"
          onPointerEnter={preloadPlanItemForm}
          onFocus={preloadPlanItemForm}
          onClick={() => setOpen('clicked')}
        >
          {t('form.createTitle')}
        </button>
      </div>
    );
  }
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="new-item-title">
      <h2 id="new-item-title" ref={heading} tabIndex={-1} className="focus:outline-none">
        {t('form.createTitle')}
      </h2>
      <PlanItemForm
        mode="create"
        clientId={clientId}
        idPrefix="new"
        onCancel={() => {
          cancelled.current = true;
          setOpen(false);
        }}
      />
    </section>
  );
}
