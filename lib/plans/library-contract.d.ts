/**
 * TEMPORARY (plan-app branch): the signatures of the curated library that the plan-library branch
 * writes (lib/plans/suggestions.ts, health-words.ts, hints.ts, messages.ts). TypeScript resolves the
 * real files first; this file only stands in while they are not merged. Delete it once they are.
 */
declare module '@/lib/plans/suggestions' {
  export function suggestInterventions(
    input: import('./types').SuggestionInput,
    dismissed?: ReadonlySet<string>,
  ): import('./types').Suggestion[];
}
declare module '@/lib/plans/health-words' {
  export function findHealthWords(text: string): string[];
}
declare module '@/lib/plans/hints' {
  export function planHints(items: ReadonlyArray<{ category: string; owner: string; status: string }>): Array<{ key: string }>;
}
declare module '@/lib/plans/messages' {
  export function reasonText(
    reason: import('./types').Suggestion['reasons'][number],
    locale: 'nl' | 'en',
    dimensionName?: (key: string) => string | undefined,
  ): string;
  export function hintText(key: string, locale: 'nl' | 'en'): string;
}
