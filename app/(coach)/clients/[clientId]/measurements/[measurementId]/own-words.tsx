import { getTranslations } from 'next-intl/server';
import { allItems, type Instrument, type Locale } from '@/lib/instruments/types';
import type { AnswerMap } from '@/lib/intake/answers';
import type { ResultsModel } from '@/lib/intake/results';
import { type AnswerCells, AnswersTables } from './answers-tables';

type Props = { model: ResultsModel; instrument: Instrument; answers: AnswerMap; locale: Locale };

/** The client's own words, the coach's notes per question, and every answer for reference. */
export async function OwnWords({ model, instrument, answers, locale }: Props) {
  const t = await getTranslations('results');
  const labelOf = (value: number) => instrument.scale.labels.find((l) => l.value === value)?.[locale];
  const numbers = new Map(allItems(instrument).map((item, i) => [item.key, i + 1]));
  return (
    <>
      <section className="card flex flex-col gap-3" aria-labelledby="own-words-title" data-testid="own-words">
        <div>
          <h3 id="own-words-title" className="text-lg font-semibold">
            {t('ownWordsTitle')}
          </h3>
          <p className="text-sm text-slate-700">{t('ownWordsIntro')}</p>
        </div>
        {model.ownWords.length === 0 ? (
          <p className="text-slate-600">{t('ownWordsEmpty')}</p>
        ) : (
          <dl className="flex flex-col gap-4">
            {model.ownWords.map((w) => (
              <div key={w.key}>
                <dt className="text-sm font-medium text-slate-600">{w.question[locale]}</dt>
                <dd className="mt-1 whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-900">{w.text}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {model.notes.length > 0 && (
        <section className="card flex flex-col gap-3" aria-labelledby="notes-title">
          <div>
            <h3 id="notes-title" className="text-lg font-semibold">
              {t('notesTitle')}
            </h3>
            <p className="text-sm text-slate-600">{t('notesIntro')}</p>
          </div>
          <ul className="flex flex-col gap-3">
            {model.notes.map((n) => (
              <li key={n.key}>
                <p className="text-sm text-slate-600">{n.item[locale]}</p>
                <p className="whitespace-pre-line text-slate-900">{n.note}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="answers-title">
        <details>
          <summary className="cursor-pointer">
            <h3 id="answers-title" className="inline text-lg font-semibold">
              {t('answersTitle')}
            </h3>
          </summary>
          <AnswersTables
            labels={{ reversed: t('reversed'), noAnswer: t('noAnswer') }}
            sections={instrument.sections.map((s) => ({
              key: s.key,
              title: s.title[locale],
              rows: s.items.map((item): AnswerCells => {
                const value = answers[item.key]?.value ?? null;
                const label = value === null ? undefined : labelOf(value);
                const answer = value === null ? null : `${value}${label ? ` · ${label}` : ''}`;
                return [item.key, numbers.get(item.key) ?? 0, item.text[locale], Boolean(item.reverse), answer];
              }),
            }))}
          />
        </details>
      </section>
    </>
  );
}
