import { getTranslations } from 'next-intl/server';
import { allItems, type Instrument, type Locale } from '@/lib/instruments/types';
import type { AnswerMap } from '@/lib/intake/answers';
import type { ResultsModel } from '@/lib/intake/results';

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
          <div className="mt-3 flex flex-col gap-4">
            {instrument.sections.map((s) => (
              <table key={s.key} className="w-full text-left text-sm">
                <caption className="py-1 text-left font-semibold">{s.title[locale]}</caption>
                <tbody>
                  {s.items.map((item) => {
                    const value = answers[item.key]?.value ?? null;
                    return (
                      <tr key={item.key} className="border-b border-slate-100 align-top">
                        <th scope="row" className="w-10 py-1.5 pr-2 font-normal tabular-nums text-slate-500">
                          {numbers.get(item.key)}.
                        </th>
                        <td className="py-1.5 pr-4">
                          {item.text[locale]}
                          {item.reverse && <span className="ml-1 text-xs text-slate-500">({t('reversed')})</span>}
                        </td>
                        <td className="w-40 py-1.5 whitespace-nowrap">
                          {value === null ? (
                            <span className="text-slate-500">{t('noAnswer')}</span>
                          ) : (
                            `${value}${labelOf(value) ? ` · ${labelOf(value)}` : ''}`
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ))}
          </div>
        </details>
      </section>
    </>
  );
}
