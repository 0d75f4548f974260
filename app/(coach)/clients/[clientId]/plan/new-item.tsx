'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PlanItemForm, preloadPlanItemForm } from './lazy-item-form';

/** "Add an item by hand", folded away until needed (its form's code loads then too, see lazy-item-form.tsx). */
export function NewItem({ clientId, startOpen }: { clientId: string; startOpen: boolean }) {
  const t = useTranslations('plan');
  const [open, setOpen] = useState(startOpen);
  if (!open) {
    return (
      <div>
        <button
          type="button"
          className="btn btn-secondary"
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
      <h2 id="new-item-title">{t('form.createTitle')}</h2>
      <PlanItemForm mode="create" clientId={clientId} idPrefix="new" />
    </section>
  );
}
