/** Mirrors lib/timeline.ts's TimelineKind without importing a server-only module into pure code. */
export type TimelineKind = `${'client' | 'consent' | 'measurement' | 'session' | 'homework' | 'plan' | 'share'}.${string}`;
