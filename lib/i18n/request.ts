import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { intlLocale, LOCALE_COOKIE, MESSAGE_FORMATS, resolveLocale, TIME_ZONE } from './locales';
import { messagesFor } from './messages';

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale: intlLocale(locale), messages: messagesFor(locale), timeZone: TIME_ZONE, formats: MESSAGE_FORMATS };
});
