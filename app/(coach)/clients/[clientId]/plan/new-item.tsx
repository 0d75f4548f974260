'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/app/_components/use-hydrated';
import { PlanItemForm, preloadPlanItemForm } from './lazy-item-form';

/**
 * "Add an item by hand", folded away until needed, also when the plan is empty: its form's code (react-hook-form and
 * zod) loads only then (lazy-item-form.tsx). Opening moves the focus to the form's heading, where the button was.
 */
export function NewItem({ clientId }: { clientId: string }) {
  const t = useTranslations('plan');
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <div>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!hydrated}
          onPointerEnter={preloadPlanItemForm}
          onFocus={preloadPlanItemForm}
          onClick={() => setOpen(true)}
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
      <PlanItemForm mode="create" clientId={clientId} idPrefix="new" />
    </section>
  );
}
