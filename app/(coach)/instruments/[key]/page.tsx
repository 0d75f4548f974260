import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { findCustomInstrument, listCustomInstrumentVersions } from '@/db/queries/instruments';
import { requireCoachPage } from '@/lib/auth/guards';
import { appLocale } from '@/lib/i18n/app-locale';
import { type CustomInstrumentInput, customInstrumentSchema, parseStoredInstrument } from '@/lib/instruments';
import { instrumentIssues } from '@/lib/intake/instrument-issues';
import { isInstrumentKeyShape } from '@/lib/intake/instrument-key';
import { InstrumentEditor } from '../instrument-editor';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ saved?: string | string[] }> };

/** The version the editor just saved (its redirect names it); anything else in the address is no notice. */
const savedSchema = z.coerce.number().int().positive().optional().catch(undefined);

export async function generateMetadata() {
  return { title: (await getTranslations('instruments'))('editTitle') };
}

export default async function EditInstrumentPage({ params, searchParams }: Props) {
  const actor = await requireCoachPage();
  const [{ key }, { saved }] = await Promise.all([params, searchParams]);
  if (!isInstrumentKeyShape(key)) notFound();
  const [latest, versions, t, format, locale] = await Promise.all([
    findCustomInstrument(actor.practiceId, key),
    listCustomInstrumentVersions(actor.practiceId, key),
    getTranslations('instruments'),
    getFormatter(),
    getLocale().then(appLocale),
  ]);
  if (!latest) notFound();
  // Said only of a version that exists: the address alone must not make the page claim a save.
  const savedVersion = savedSchema.parse(Array.isArray(saved) ? saved[0] : saved);
  const justSaved = versions.find((v) => v.version === savedVersion);
  // Read with the stored rules, so a version saved before a later check opens; what today's rules refuse in it
  // (a scale wider than 11 values) is named at once, and saving is refused until the coach fixes it.
  const definition = parseStoredInstrument(latest.definition);
  if (!definition) notFound();
  const current = customInstrumentSchema.safeParse(definition);
  // In the screen's language, as the list names it; the other when that one is empty.
  const name = definition.name[locale] || definition.name.nl || definition.name.en;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/instruments" className="text-sm">
          ← {t('backToList')}
        </Link>
        <h1>{name}</h1>
        <p className="text-sm text-slate-600">
          {t('editMeta', { key: latest.key, version: latest.version })}
          {latest.archivedAt ? ` · ${t('archivedBadge')}` : ''}
        </p>
      </div>
      {justSaved && (
        <p className="alert alert-success" role="status">
          {t('savedVersion', { version: justSaved.version })}
        </p>
      )}
      <details className="card text-sm">
        <summary className="cursor-pointer font-medium">{t('versionsTitle', { count: versions.length })}</summary>
        <ul className="mt-2 flex flex-col gap-1">
          {versions.map((v) => (
            <li key={v.id}>
              {t('versionText', { version: v.version, date: format.dateTime(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </li>
          ))}
        </ul>
      </details>
      <InstrumentEditor
        key={latest.version}
        initial={definition as CustomInstrumentInput}
        existing={{ key: latest.key, version: latest.version }}
        initialIssues={current.success ? [] : instrumentIssues(current.error)}
      />
    </div>
  );
}
