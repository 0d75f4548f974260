import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedClient } from '@/db/queries/client-test-fixtures';
import { clients } from '@/db/schema';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { actAsPortalClient } from '@/lib/portal/testing';
import { actAs, auditFor, createPractice } from '@/lib/testing/fixtures';
import { cookieJar } from '@/lib/testing/next-headers-mock';
import { setPortalLanguageAction } from './actions';

beforeEach(() => {
  actAs(null);
  cookieJar.clear();
});

async function localeOf(practiceId: string, clientId: string) {
  const [row] = await getDb()
    .select({ locale: clients.locale, version: clients.version })
    .from(clients)
    .where(and(eq(clients.practiceId, practiceId), eq(clients.id, clientId)));
  return row!;
}

describe('the client chooses the portal’s language', () => {
  it('keeps the choice on the client (the next sign-in and the mails follow it) and in this browser, audited', async () => {
    const owner = await createPractice('Praktijk Taal');
    const client = await seedClient(owner.practiceId, owner.userId, { locale: 'nl' });
    await actAsPortalClient(client);
    expect(await setPortalLanguageAction({ locale: 'en' })).toEqual({ ok: true, data: null });
    expect(await localeOf(owner.practiceId, client.id)).toEqual({ locale: 'en', version: client.version + 1 });
    expect(cookieJar.get(LOCALE_COOKIE)).toBe('en');
    const entry = (await auditFor(owner.practiceId)).find((e) => e.action === 'portal.language_changed');
    expect(entry).toMatchObject({ actorKind: 'client', entityType: 'client', entityId: client.id, metadata: { locale: 'en' } });
    // A tap on the language it already is: fine, but no write (the coach's open form keeps its version) and no entry.
    expect(await setPortalLanguageAction({ locale: 'en' })).toEqual({ ok: true, data: null });
    expect(await localeOf(owner.practiceId, client.id)).toEqual({ locale: 'en', version: client.version + 1 });
    expect((await auditFor(owner.practiceId)).filter((e) => e.action === 'portal.language_changed')).toHaveLength(1);
  });

  it('refuses a language it does not speak, and a visitor without a portal session, changing nothing', async () => {
    const owner = await createPractice('Praktijk Taal 2');
    const client = await seedClient(owner.practiceId, owner.userId, { locale: 'nl' });
    await actAsPortalClient(client);
    expect(await setPortalLanguageAction({ locale: 'de' } as never)).toMatchObject({ ok: false, error: 'validation' });
    await actAsPortalClient(null);
    expect(await setPortalLanguageAction({ locale: 'en' })).toEqual({ ok: false, error: 'unauthenticated' });
    expect(await localeOf(owner.practiceId, client.id)).toEqual({ locale: 'nl', version: client.version });
    expect(cookieJar.get(LOCALE_COOKIE)).toBeUndefined();
  });
});
