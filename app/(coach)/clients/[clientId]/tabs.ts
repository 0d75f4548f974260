/** The client record's sections, in tab order, with their paths below /clients/<id>. */
export const TABS = [
  { key: 'overview', path: '' },
  { key: 'measurements', path: '/measurements' },
  { key: 'sessions', path: '/sessions' },
  { key: 'homework', path: '/homework' },
  { key: 'plan', path: '/plan' },
] as const;

export type TabKey = (typeof TABS)[number]['key'];
