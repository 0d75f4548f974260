'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { currentPortalClient } from '@/lib/portal/guards';
import { PORTAL_COOKIE, portalCookieOptions, safePortalPath } from '@/lib/portal/rules';
import { consumePortalLink } from '@/lib/portal/service';
import { portalLinkSignInSchema } from '@/lib/schemas/portal';
import { localeCookieOptions } from '@/lib/security/cookies';

/**
 * The "Sign in" button of a portal link page: consumes the link once (public: the token is the credential),
 * starts the portal session and goes where the link was meant to lead. Only a POST does this, so a mail
 * scanner or Safe Links opening the URL (a GET) never burns the link or takes the session.
 */
export async function signInWithPortalLink(formData: FormData): Promise<void> {
  // Who is signed in already (first, as every endpoint asks): a second tap on the button finds the link used by the
  // first, which signed them in.
  const signedIn = await currentPortalClient();
  // A public endpoint: anything may arrive here, not only the page's form. Unreadable input is a link that is not valid.
  const parsed = portalLinkSignInSchema.safeParse({ token: formData instanceof FormData ? formData.get('token') : null });
  const result = await consumePortalLink(parsed.success ? parsed.data.token : '', signedIn);
  if (!result.ok) {
    // A closed trajectory has its own page text: the coaching has ended, a new link would not help.
    const query = new URLSearchParams({ reason: result.error === 'account_inactive' ? 'coaching_ended' : result.error });
    const next = result.params?.next;
    if (typeof next === 'string') query.set('next', safePortalPath(next));
    redirect(`/portal/link?${query}`);
  }
  const jar = await cookies();
  if (result.data.cookieValue) jar.set(PORTAL_COOKIE, result.data.cookieValue, portalCookieOptions(process.env.APP_URL));
  // The portal speaks the client's chosen language from the first page on, also for a client signed in already who
  // taps an older mail's link: its `?lang=` is the language of that mail, which the client may have changed since.
  jar.set(LOCALE_COOKIE, result.data.locale, localeCookieOptions());
  redirect(safePortalPath(result.data.redirectTo));
}
