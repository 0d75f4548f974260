import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { builtInVersionsInUse, listLatestCustomInstruments } from '@/db/queries/instruments';
import { requireCoachPage } from '@/lib/auth/guards';
import { appLocale } from '@/lib/i18n/app-locale';
import { allItems, builtInInstruments, currentBuiltInInstruments, parseStoredInstrument } from '@/lib/instruments';
import { ArchiveButton } from './archive-button';

export async function generateMetadata() {
  return { title: (await getTranslations('instruments'))('title') };
}

export default async function InstrumentsPage() {
  const actor = await requireCoachPage();
  const current = currentBuiltInInstruments();
  const earlierVersions = builtInInstruments.filter((e) => current.some((i) => i.key === e.key && e.version < i.version));
  const [t, format, locale, customs, inUse] = await Promise.all([
    getTranslations('instruments'),
    getFormatter(),
    getLocale(),
    listLatestCustomInstruments(actor.practiceId, { includeArchived: true }),
    builtInVersionsInUse(actor.practiceId, earlierVersions),
  ]);
  const lang = appLocale(locale);
  // Read with the stored rules: a version saved before a later check (a wider scale) is listed, to open, fix or archive.
  const rows = customs.flatMap((c) => {
    const def = parseStoredInstrument(c.definition);
    return def ? [{ ...c, def }] : [];
  });
  const active = rows.filter((r) => !r.archivedAt);
  const archived = rows.filter((r) => r.archivedAt);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>{t('title')}</h1>
          <p className="max-w-3xl text-slate-600">{t('intro')}</p>
        </div>
        <Link href="/instruments/new" className="btn btn-primary">
          {t('new')}
        </Link>
      </div>

      <section className="card flex flex-col gap-3" aria-labelledby="builtin-title">
        <h2 id="builtin-title">{t('builtInTitle')}</h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {/* The versions a coach can start; an earlier one only scores the measurements made with it, as the card says:
              said only where the practice has such measurements (a new practice has none, and nothing was replaced). */}
          {current.map((i) => {
            const earlier = earlierVersions.filter((e) => e.key === i.key && inUse.has(`${e.key}@${e.version}`)).map((e) => e.version);
            return (
              <li key={`${i.key}-${i.version}`} className="rounded-md border border-slate-200 p-4">
                <p className="font-semibold">{i.name[lang]}</p>
                <p className="text-sm text-slate-600">
                  {t('builtInMeta', { items: allItems(i).length, open: i.openQuestions.length, version: i.version })}
                </p>
                <p className="mt-2 text-sm text-slate-700">{i.description[lang]}</p>
                {earlier.length > 0 && (
                  <p className="mt-2 text-sm text-slate-600">{t('builtInEarlier', { versions: earlier.join(', ') })}</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card flex flex-col gap-3" aria-labelledby="custom-title">
        <div>
          <h2 id="custom-title">{t('customTitle')}</h2>
          <p className="text-sm text-slate-600">{t('customIntro')}</p>
        </div>
        {active.length === 0 ? (
          <div className="empty-state">
            {/* "Nog geen" would be untrue above a list of archived ones. */}
            <p className="font-medium">{archived.length > 0 ? t('emptyOnlyArchived') : t('emptyTitle')}</p>
            <p className="text-slate-600">{t('emptyBody')}</p>
            <Link href="/instruments/new">{t('new')}</Link>
          </div>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="custom-instruments">
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('name')}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('structure')}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('versionColumn')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {active.map((r) => (
                  <tr key={r.key} className="border-b border-slate-100">
                    {/* The row's header: a screen reader names the questionnaire with the cells beside it (its archive button). */}
                    <th scope="row" className="py-3 pr-4 text-left font-normal">
                      <Link href={`/instruments/${r.key}`} className="font-medium">
                        {r.def.name[lang] || r.def.name.nl || r.def.name.en}
                      </Link>
                      <span className="ml-2 font-mono text-xs text-slate-500">{r.key}</span>
                    </th>
                    <td className="py-3 pr-4">
                      {t('structureText', {
                        items: r.def.items.length,
                        subscales: r.def.subscales.length,
                        min: r.def.scale.min,
                        max: r.def.scale.max,
                      })}
                    </td>
                    <td className="py-3 pr-4">
                      {t('versionText', { version: r.version, date: format.dateTime(r.createdAt, { dateStyle: 'medium' }) })}
                    </td>
                    <td className="py-3 text-right">
                      <ArchiveButton instrumentKey={r.key} archived={false} name={r.def.name[lang] || r.def.name.nl || r.def.name.en} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {archived.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer">{t('archivedTitle', { count: archived.length })}</summary>
            <ul className="mt-2 flex flex-col gap-2">
              {archived.map((r) => (
                <li key={r.key} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/instruments/${r.key}`}>{r.def.name[lang] || r.def.name.nl || r.def.name.en}</Link>
                  <ArchiveButton instrumentKey={r.key} archived name={r.def.name[lang] || r.def.name.nl || r.def.name.en} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  );
}
