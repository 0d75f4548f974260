'use server';

import { requireClientAccess } from '@/lib/auth/client-access';
import { withCoach } from '@/lib/auth/guards';
import { mailPortalLinkToClient } from '@/lib/portal/coach-link';
import { mailPortalLinkSchema } from '@/lib/schemas/client';

/**
 * "Email a sign-in link" on the client's overview: the portal's own sign-in link mail, to a client this coach may see
 * (anyone else's is `not_found`). Nothing on the page changes, so nothing to revalidate.
 */
export const mailPortalLinkAction = withCoach(mailPortalLinkSchema, async ({ clientId }, actor) =>
  mailPortalLinkToClient(actor, await requireClientAccess(actor, clientId)),
);
