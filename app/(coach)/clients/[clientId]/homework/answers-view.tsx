import { useFormatter, useTranslations } from 'next-intl';
import { type Answers, type FormTemplate, groupLastSaved, type HomeworkField } from '@/lib/homework/templates';
import { hasVisibleText } from '@/lib/text/visible';

function AnswerValue({ field, value }: { field: HomeworkField; value: string | undefined }) {
  const t = useTranslations('homework');
  const format = useFormatter();
  // slate-500, not 400: a muted word that is still readable (4.5:1 on white).
  if (!value || !hasVisibleText(value)) return <span className="text-slate-500">{t('noAnswer')}</span>;
  if (field.kind === 'scale') return <span className="font-semibold tabular-nums">{t('scaleValue', { value: Number(value) })}</span>;
  if (field.kind === 'date') return <span>{format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: 'long' })}</span>;
  return <span className="whitespace-pre-line">{value}</span>;
}

/** A filled-in form, read-only: per group, each question with its answer (the coach's view and the client's after submitting). */
export function AnswersView({
  template,
  answers,
  locale,
  headingLevel = 3,
  hideEmptyGroups = true,
  savedAt,
}: {
  template: FormTemplate;
  answers: Answers;
  /** When each field was last saved: a dated template's parts say when they were filled in (the coach's view). */
  savedAt?: Readonly<Record<string, Date>>;
  locale: 'nl' | 'en';
  hideEmptyGroups?: boolean;
  /** The level of each part's heading: 3 under the coach's record, 2 on the portal page (its h1 is the homework). */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('homework');
  const format = useFormatter();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lastSaved = (group: FormTemplate['groups'][number]) =>
    template.datedGroups && savedAt ? groupLastSaved(group, answers, savedAt) : null;
  const groups = template.groups.filter((g) => !hideEmptyGroups || g.fields.some((f) => hasVisibleText(answers[f.key] ?? '')));
  if (groups.length === 0) return <p className="empty-state text-slate-600">{t('nothingYet')}</p>;
  return (
    <div className="flex flex-col gap-3" data-testid="answers">
      {groups.map((group) => (
        <section key={group.key} className="card flex flex-col gap-3" aria-label={group.title[locale]}>
          <Heading className="font-semibold">{group.title[locale]}</Heading>
          {lastSaved(group) && (
            <p className="-mt-2 text-sm text-slate-600">
              {t('filledInOn', { date: format.dateTime(lastSaved(group)!, { weekday: 'long', day: 'numeric', month: 'long' }) })}
            </p>
          )}
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,16rem)_1fr]">
            {group.fields.map((field) => (
              <div key={field.key} className="contents">
                <dt className="text-sm text-slate-600">{field.label[locale]}</dt>
                <dd>
                  <AnswerValue field={field} value={answers[field.key]} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
