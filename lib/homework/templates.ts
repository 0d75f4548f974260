import { HOMEWORK_TEMPLATES } from '@/lib/sessions/kinds';
import { energyDiary } from './energy-diary';
import { jobCrafting } from './job-crafting';
import { learningReflection } from './learning-reflection';
import type { FormTemplate, FormTemplateKey, HomeworkField, Localized, TemplateKey } from './types';

export const formTemplates: Record<FormTemplateKey, FormTemplate> = {
  energy_diary: energyDiary,
  job_crafting: jobCrafting,
  learning_reflection: learningReflection,
};

/** The database's list (lib/sessions/kinds.ts); `satisfies` fails the build if it and TemplateKey drift apart. */
export const TEMPLATE_KEYS: readonly TemplateKey[] = HOMEWORK_TEMPLATES satisfies readonly TemplateKey[];

export const measureAgainName: Localized = { nl: 'Opnieuw meten', en: 'Measure again' };

export function isFormTemplate(key: string): key is FormTemplateKey {
  return key in formTemplates;
}

export function templateName(key: TemplateKey): Localized {
  return key === 'measure_again' ? measureAgainName : formTemplates[key].name;
}

export function fieldOf(template: FormTemplate, fieldKey: string): HomeworkField | undefined {
  for (const group of template.groups) {
    const field = group.fields.find((f) => f.key === fieldKey);
    if (field) return field;
  }
  return undefined;
}

export function fieldKeys(template: FormTemplate): string[] {
  return template.groups.flatMap((g) => g.fields.map((f) => f.key));
}

export type { Answers, FieldGroup, FormTemplate, FormTemplateKey, HomeworkField, Localized, TemplateKey } from './types';
export { groupLastSaved } from './types';
