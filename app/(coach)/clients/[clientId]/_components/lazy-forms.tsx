'use client';

import dynamic from 'next/dynamic';

// The client overview's forms (react-hook-form and zod, about 45 kB gzip) load as one chunk of their own. They still
// render on the server and load when the overview shows them; but every list, dashboard row and agenda entry links
// here, and Next's prefetch of those links otherwise fetched the forms' code on pages that show none of them. One
// import for all of them: separate imports made Turbopack copy their shared code into each chunk.
const forms = () => import('./forms');

export const StatusForm = dynamic(() => forms().then((m) => m.StatusForm));
export const CloseForm = dynamic(() => forms().then((m) => m.CloseForm));
export const LifecycleButton = dynamic(() => forms().then((m) => m.LifecycleButton));
export const EraseForm = dynamic(() => forms().then((m) => m.EraseForm));
