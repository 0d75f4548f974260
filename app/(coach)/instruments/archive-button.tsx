'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { archiveCustomInstrumentAction } from './actions';

/** Archiving hides an instrument from "new measurement"; measurements already taken with it stay as they are. */
export function ArchiveButton({ instrumentKey, archived }: { instrumentKey: string; archived: boolean }) {
  const t = useTranslations('instruments');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn btn-ghost btn-sm"
      disabled={pending}
      aria-busy={pending}
      onClick={() =>
        startTransition(async () => {
          await archiveCustomInstrumentAction({ key: instrumentKey, archived: !archived });
          router.refresh();
        })
      }
    >
      {archived ? t('restore') : t('archive')}
    </button>
  );
}
