import { notFound } from 'next/navigation';

/** Any other address under a share link: the share area's own not-found page, not the coaches' (app/share/not-found.tsx). */
export default function ShareUnknownPage() {
  notFound();
}
