'use client';

import dynamic from 'next/dynamic';

// The client overview's forms (react-hook-form and zod, about 45 kB gzip) load as their own chunks. They still render
// on the server and load when the overview shows them; but every list, dashboard row and agenda entry links here, and
// Next's prefetch of those links otherwise fetched the forms' code on pages that show none of them.
export const StatusForm = dynamic(() => import('./lifecycle-forms').then((m) => m.StatusForm));
export const CloseForm = dynamic(() => import('./lifecycle-forms').then((m) => m.CloseForm));
export const LifecycleButton = dynamic(() => import('./lifecycle-forms').then((m) => m.LifecycleButton));
export const EraseForm = dynamic(() => import('./erase-form').then((m) => m.EraseForm));
