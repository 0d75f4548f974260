import { createFormatter, createTranslator } from 'next-intl';
import { intlLocale, MESSAGE_FORMATS, TIME_ZONE } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

/**
 * next-intl's server functions for a page rendered outside Next (page tests), in Dutch from the real messages:
 * `vi.mock('next-intl/server', () => import('@/lib/testing/next-intl-server-mock'))`. `dutchIntl` is the matching
 * provider's props, for the client components inside.
 */
export const dutchIntl = { locale: intlLocale('nl'), messages: messagesFor('nl'), timeZone: TIME_ZONE, formats: MESSAGE_FORMATS };

export const getTranslations = async (namespace?: string) => createTranslator({ ...dutchIntl, namespace: namespace as never });
export const getFormatter = async () => createFormatter(dutchIntl);
export const getLocale = async () => dutchIntl.locale;
