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
  /** The field keys still to be filled in before the form may be submitted (empty: ready). */
  missingForSubmit: (answers: Answers) => string[];
};

export const filled = (answers: Answers, key: string) => hasVisibleText(answers[key] ?? '');
