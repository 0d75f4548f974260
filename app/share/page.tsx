import { notFound } from 'next/navigation';

/** `/share` itself (a link cut short after its first part): the share area's own not-found page, not the coaches'. */
export default function ShareRootPage() {
  notFound();
}
