import { hasVisibleText } from '@/lib/text/visible';

export type Localized = { nl: string; en: string };

/** `scale` is 0–10; `date` is YYYY-MM-DD; text kinds differ in length and input size only. */
export type FieldKind = 'scale' | 'text' | 'longText' | 'date';

export type HomeworkField = {
  key: string;
  kind: FieldKind;
  label: Localized;
  hint?: Localized;
  /** For scales: what 0 and 10 mean. */
  anchors?: { low: Localized; high: Localized };
};

export type FieldGroup = { key: string; title: Localized; intro?: Localized; fields: HomeworkField[] };

export type Answers = Record<string, string>;

export type FormTemplateKey = 'energy_diary' | 'job_crafting' | 'learning_reflection';
export type TemplateKey = FormTemplateKey | 'measure_again';

export type FormTemplate = {
  key: FormTemplateKey;
  name: Localized;
  description: Localized;
  intro: Localized;
  groups: FieldGroup[];
  /** Each part is a day the client writes about (the energy diary's): the coach sees when its answers were last saved. */
  datedGroups?: boolean;
  /** The field keys still to be filled in before the form may be submitted (empty: ready). */
  missingForSubmit: (answers: Answers) => string[];
};

export const filled = (answers: Answers, key: string) => hasVisibleText(answers[key] ?? '');

/**
 * When a part was last filled in: the latest save of its answered fields (an emptied field does not count), or null when
 * none is answered.
 */
export function groupLastSaved(group: FieldGroup, answers: Answers, savedAt: Readonly<Record<string, Date>>): Date | null {
  let last: Date | null = null;
  for (const field of group.fields) {
    const at = savedAt[field.key];
    if (at && filled(answers, field.key) && (!last || at > last)) last = at;
  }
  return last;
}
