'use client';

import { lazyComponent } from '@/app/_components/lazy-component';

// The session record's forms (react-hook-form and zod, about 45 kB gzip) load as one chunk of their own: they still
// render on the server and load when this page shows them, but the agenda links here for every session, and Next's
// prefetch of those links otherwise fetched the forms' code on the agenda (see BENCHMARKS.md).
const forms = () => import('./forms');

export const SessionCheckin = lazyComponent(() => forms().then((m) => m.SessionCheckin));
export const SessionRecordForm = lazyComponent(() => forms().then((m) => m.SessionRecordForm));
