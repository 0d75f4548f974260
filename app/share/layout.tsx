import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/**
 * Every page under /share, the share area's not-found page too (app/share/not-found.tsx, reached through the catch-all):
 * never indexed, never a referrer, and without the root's description, which would tell the employer in every link
 * preview what kind of coach this is (app/layout.tsx's `generateMetadata`; a not-found page takes only the layouts').
 */
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
  description: null,
};

export default function ShareLayout({ children }: { children: ReactNode }) {
  return children;
}
