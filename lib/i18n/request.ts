import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { SHARE_TOKEN_HEADER } from '@/lib/share/page-token';
import { intlLocale, LOCALE_COOKIE, type Locale, MESSAGE_FORMATS, resolveLocale, TIME_ZONE } from './locales';
import { messagesFor } from './messages';

/**
 * The visitor's language (the cookie), except on the employer's page: that is written in its contact's language, and
 * its `<html lang>` and the shell's texts say so too (a screen reader's voice, a browser's translation offer).
 */
export default getRequestConfig(async () => {
  const token = (await headers()).get(SHARE_TOKEN_HEADER);
  // Loaded only here: the share guard's database modules are not needed for any other page's language.
  const contact: Locale | null = token ? await (await import('@/lib/share/guard')).shareLocale(token) : null;
  const locale = contact ?? resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale: intlLocale(locale), messages: messagesFor(locale), timeZone: TIME_ZONE, formats: MESSAGE_FORMATS };
});
