'use client';

import { lazyComponent } from '@/app/_components/lazy-component';

// This tab's forms (react-hook-form and zod, about 45 kB gzip) load as one chunk of their own: they still render on the
// server and load when the tab shows them, but the client tabs link here from every client page, and Next's prefetch
// of those links otherwise fetched the forms' code on pages that show none of them (see BENCHMARKS.md). One import
// for all of them: separate imports made Turbopack copy their shared code into each chunk.
const forms = () => import('./forms');

export const StartMeasurementForm = lazyComponent(() => forms().then((m) => m.StartMeasurementForm));
