/**
 * The sessions' and homework's lists: the one source. db/schema/sessions.ts builds its columns from them,
 * and forms in the browser use them without pulling in the database schema.
 */
export const SESSION_KINDS = ['intake', 'coaching', 'tripartite', 'evaluation'] as const;
export const SESSION_LOCATIONS = ['on_site', 'video', 'phone'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'no_show', 'cancelled'] as const;
export const HOMEWORK_TEMPLATES = ['energy_diary', 'job_crafting', 'learning_reflection', 'measure_again'] as const;

export type SessionKind = (typeof SESSION_KINDS)[number];
export type SessionLocation = (typeof SESSION_LOCATIONS)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type HomeworkTemplateKey = (typeof HOMEWORK_TEMPLATES)[number];
