/**
 * Lengths of the coach's free texts, in characters: the schemas refuse more, the forms show a counter near the limit
 * (app/_components/limited-text-area.tsx). Outside lib/schemas/ so that a form's first load carries no zod (lib/testing/client-bundle.test.ts).
 */
export const TEXT_LIMITS = {
  clientNotes: 5000,
  employerNotes: 2000,
  consentNote: 500,
  homeworkMessage: 2000,
  planDescription: 2000,
  planEmployerWording: 1000,
  planRationale: 2000,
  sessionPrivateNotes: 20_000,
  sessionClientSummary: 5000,
  sessionAgreedHomework: 2000,
} as const;
