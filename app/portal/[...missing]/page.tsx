import { notFound } from 'next/navigation';

/**
 * Any other address under /portal (a mail link cut off, a typo): the portal's own not-found page, in the portal's frame
 * with its way back to the client's overview, not the coach app's page with its way to the dashboard.
 */
export default function PortalAddressNotFound() {
  notFound();
}
