import type { ZodError } from 'zod';

export interface InstrumentIssue {
  /** Dotted path into the definition, e.g. `items.3.key`; `_form` for the whole definition. */
  path: string;
  /** Translation key (instrument.*). */
  message: string;
  params: Record<string, string | number>;
}

function cleanParams(params: unknown): Record<string, string | number> {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
  );
}

/**
 * The editor shows a name, a text or a label in Dutch at the field's own path (`items.3.text`) and in English at
 * `.en`: a problem of the Dutch text (too long) is that field's, so its message shows there and the list links to it.
 */
const fieldPath = (path: string) => path.replace(/(^|\.)(name|text|label)\.nl$/, '$1$2');

/** Every problem of a custom-instrument definition, with the names it is about (see customInstrumentSchema). */
export function instrumentIssues(error: ZodError): InstrumentIssue[] {
  return error.issues.map((issue) => ({
    path: fieldPath(issue.path.map(String).join('.')) || '_form',
    message: issue.message.startsWith('instrument.') ? issue.message : 'instrument.required',
    params: cleanParams('params' in issue ? issue.params : undefined),
  }));
}

export type IssueLocation =
  | { part: 'general' }
  | { part: 'scale' }
  | { part: 'recode' }
  | { part: 'total' }
  | { part: 'subscale' | 'item' | 'openQuestion'; index: number }
  | { part: 'band'; index: number; band: number };

/** Which part of the editor a path points at, so the message can say "item 4" as well as what is wrong. */
export function issueLocation(path: string): IssueLocation {
  const [head, index, sub, band] = path.split('.');
  const n = Number(index);
  if (head === 'scale') return { part: 'scale' };
  if (head === 'recode') return { part: 'recode' };
  if (head === 'total') return { part: 'total' };
  if (head === 'subscales' && Number.isInteger(n)) {
    return sub === 'bands' && Number.isInteger(Number(band))
      ? { part: 'band', index: n, band: Number(band) }
      : { part: 'subscale', index: n };
  }
  if (head === 'items' && Number.isInteger(n)) return { part: 'item', index: n };
  if (head === 'openQuestions' && Number.isInteger(n)) return { part: 'openQuestion', index: n };
  return { part: 'general' };
}
