/**
 * `<area>.<what>`: client.created, client.status_changed, consent.given, measurement.completed,
 * session.planned, homework.submitted, ... The one definition: pure code uses it from here, and
 * lib/timeline.ts (server-only) passes it on.
 */
export type TimelineKind = `${'client' | 'consent' | 'measurement' | 'session' | 'homework' | 'plan' | 'share'}.${string}`;
