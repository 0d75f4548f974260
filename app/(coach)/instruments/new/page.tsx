import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireCoachPage } from '@/lib/auth/guards';
import { instrumentTemplate, TEMPLATE_KEYS, type TemplateKey } from '@/lib/intake/instrument-templates';
import { InstrumentEditor } from '../instrument-editor';

type Props = { searchParams: Promise<{ template?: string | string[] }> };

export async function generateMetadata() {
  return { title: (await getTranslations('instruments'))('newTitle') };
}

export default async function NewInstrumentPage({ searchParams }: Props) {
  await requireCoachPage();
  const { template: raw } = await searchParams;
  const template: TemplateKey = TEMPLATE_KEYS.find((k) => k === raw) ?? 'blank';
  const t = await getTranslations('instruments');
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/instruments" className="text-sm">
          ← {t('backToList')}
        </Link>
        <h1>{t('newTitle')}</h1>
      </div>
      <nav aria-label={t('templatesLabel')} className="card flex flex-col gap-2">
        <h2>{t('templatesTitle')}</h2>
        <p className="text-sm text-slate-600">{t('templatesIntro')}</p>
        <ul className="flex flex-wrap gap-2">
          {TEMPLATE_KEYS.map((k) => (
            <li key={k}>
              <Link
                href={`/instruments/new?template=${k}`}
                aria-current={k === template ? 'true' : undefined}
                className="btn btn-ghost btn-sm border border-slate-300 bg-white aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:font-semibold aria-[current=true]:text-brand-800"
              >
                {t(`templates.${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <InstrumentEditor key={template} initial={instrumentTemplate(template)} template={template} />
    </div>
  );
}
