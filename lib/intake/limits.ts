/** Length limits of an answer, shared by the schema (server) and the form (browser) without pulling zod into the form. */
export const ANSWER_TEXT_MAX = 5000;
export const ANSWER_NOTE_MAX = 2000;
