import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

/**
 * Lets the end-to-end tests see the root error page (app/error.tsx), which only pages outside the coach area, the portal
 * and the share page reach (E2E_FORCE_ERRORS=1, set by playwright.config.ts); elsewhere: not found.
 */
export default function ForcedRootError() {
  if (process.env.E2E_FORCE_ERRORS !== '1') notFound();
  throw new Error('Forced by the end-to-end tests');
}
