'use client';

import { lazyComponent } from '@/app/_components/lazy-component';

// The client overview's controls load as one chunk of their own. They still render on the server and load when the
// overview shows them; but every list, dashboard row and agenda entry links here, and Next's prefetch of those links
// otherwise fetched their code on pages that show none of them. One import for all of them: separate imports made
// Turbopack copy their shared code into each chunk. The close and erase forms (react-hook-form and zod) are a further
// chunk that loads only when their fold opens (folds.tsx).
const forms = () => import('./forms');

export const StatusForm = lazyComponent(() => forms().then((m) => m.StatusForm));
export const CloseFold = lazyComponent(() => forms().then((m) => m.CloseFold));
export const LifecycleButton = lazyComponent(() => forms().then((m) => m.LifecycleButton));
export const EraseFold = lazyComponent(() => forms().then((m) => m.EraseFold));
export const PoortwachterStepButton = lazyComponent(() => forms().then((m) => m.PoortwachterStepButton));
