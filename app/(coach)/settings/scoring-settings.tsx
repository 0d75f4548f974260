import { getTranslations } from 'next-intl/server';
import { getScoringSettings } from '@/db/queries/practices';
import { parseComponentSet } from '@/lib/scoring/component-sets';
import { ScoringSettingsForm } from './scoring-settings-form';

/** Which dimensions make up the demands and work-resources indices; the owner chooses, every coach can read it. */
export async function ScoringSettingsSection({ practiceId, isOwner }: { practiceId: string; isOwner: boolean }) {
  const [t, settings] = await Promise.all([getTranslations('scoringSettings'), getScoringSettings(practiceId)]);
  if (!settings) return null;
  const current = parseComponentSet(settings.componentSet);
  return (
    <section className="card flex flex-col gap-4" aria-labelledby="scoring-title" data-testid="scoring-settings">
      <div>
        <h2 id="scoring-title">{t('title')}</h2>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      {isOwner ? (
        <ScoringSettingsForm componentSet={current} version={settings.version} />
      ) : (
        <p>
          <span className="font-medium">{t('current')}</span> {t(`options.${current}.label`)}
        </p>
      )}
    </section>
  );
}
