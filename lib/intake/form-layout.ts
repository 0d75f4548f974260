import { meaningfulText, type StoredAnswer } from './answers';

/** Open questions that belong to no section are asked together at the end, under this key. */
export const OWN_WORDS_SECTION = 'own_words';

/**
 * Generic over the shape of texts: the full instrument (both languages, on the server and in tests) or the form's
 * one-language copy (`formInstrument`, in the browser).
 */
type SectionLike = { key: string; title: unknown; items: { key: string }[] };
type OpenLike = { key: string; section?: string };

export interface FormSection<S extends SectionLike = SectionLike, Q extends OpenLike = OpenLike> {
  key: string;
  /** Null for the closing "in your own words" section, whose title comes from the messages. */
  title: S['title'] | null;
  items: S['items'];
  openQuestions: Q[];
}

export type Step = { kind: 'item' | 'open'; key: string; section: string };

/** The sections in the order they are filled: each with its items, then the open questions asked with it. */
export function formSections<S extends SectionLike, Q extends OpenLike>(instrument: {
  sections: readonly S[];
  openQuestions: readonly Q[];
}): FormSection<S, Q>[] {
  const sectionKeys = new Set(instrument.sections.map((s) => s.key));
  const sections: FormSection<S, Q>[] = instrument.sections.map((s) => ({
    key: s.key,
    title: s.title,
    items: s.items,
    openQuestions: instrument.openQuestions.filter((q) => q.section === s.key),
  }));
  const loose = instrument.openQuestions.filter((q) => !q.section || !sectionKeys.has(q.section));
  if (loose.length > 0) sections.push({ key: OWN_WORDS_SECTION, title: null, items: [], openQuestions: loose });
  return sections;
}

export function formSteps(sections: readonly FormSection[]): Step[] {
  return sections.flatMap((s) => [
    ...s.items.map((i) => ({ kind: 'item' as const, key: i.key, section: s.key })),
    ...s.openQuestions.map((q) => ({ kind: 'open' as const, key: q.key, section: s.key })),
  ]);
}

export function isAnswered(step: Pick<Step, 'kind'>, answer: Partial<StoredAnswer> | undefined): boolean {
  if (!answer) return false;
  return step.kind === 'item' ? answer.value != null : meaningfulText(answer.text) !== null;
}

export interface Progress {
  answered: number;
  total: number;
}

export function progressOf(steps: readonly Step[], answers: Readonly<Record<string, Partial<StoredAnswer>>>): Progress {
  return { answered: steps.filter((s) => isAnswered(s, answers[s.key])).length, total: steps.length };
}

export function sectionProgress(
  sections: readonly FormSection[],
  answers: Readonly<Record<string, Partial<StoredAnswer>>>,
): Record<string, Progress> {
  const steps = formSteps(sections);
  return Object.fromEntries(
    sections.map((s) => [
      s.key,
      progressOf(
        steps.filter((st) => st.section === s.key),
        answers,
      ),
    ]),
  );
}

/** Where to pick up: the first step without an answer, else the last step. */
export function resumeStep(steps: readonly Step[], answers: Readonly<Record<string, Partial<StoredAnswer>>>): number {
  const index = steps.findIndex((s) => !isAnswered(s, answers[s.key]));
  return index === -1 ? Math.max(0, steps.length - 1) : index;
}

/**
 * Where a reopened form picks up: the step this browser was last on, unless every step up to it is answered; then the
 * first open one. A remembered step behind the work (answers given since on another device, or in a tab whose position
 * was never stored) would put the keyboard on an answered question, and the next digits would overwrite answers.
 */
export function resumeIndex(
  steps: readonly Step[],
  answers: Readonly<Record<string, Partial<StoredAnswer>>>,
  remembered: number | undefined,
): number {
  const open = resumeStep(steps, answers);
  return remembered === undefined ? open : Math.max(remembered, open);
}

/** The scale values a single key press can give (0–9 within the scale), or null when a value needs two digits. */
export function digitValue(key: string, scale: { min: number; max: number }): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const value = Number(key);
  return value >= scale.min && value <= scale.max ? value : null;
}

/**
 * The values the digit keys can give on this scale (digitValue): what the shortcut help names. Null when no single digit
 * gives one (a scale of 10–20, or below 0); a 0–2 part of a −2…2 scale is 0–2, not −2–2.
 */
export function digitRange(scale: { min: number; max: number }): { min: number; max: number } | null {
  const values = Array.from({ length: 10 }, (_, d) => digitValue(String(d), scale)).filter((v): v is number => v !== null);
  return values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) };
}

/** The keys that clear a question's answer (a slip of the key, or an answer the client takes back). */
export function clearsAnswer(key: string): boolean {
  return key === 'Backspace' || key === 'Delete';
}

/**
 * What `n` does on a question: opens its note, or, when the note is open already (opening it changes nothing, and its
 * autoFocus ran when it mounted), takes the coach back into it.
 */
export function noteKeyAction(noteOpen: boolean): 'open' | 'focus' {
  return noteOpen ? 'focus' : 'open';
}
