import { describe, expect, it } from 'vitest';
import { seedSharingClient } from '@/db/queries/client-test-fixtures';
import { findUser } from '@/db/queries/users';
import type { Actor } from '@/lib/auth/guards';
import { addCoach, createPractice, outboxFor } from '@/lib/testing/fixtures';
import { createShare } from './service';

describe('the mail with a share link', () => {
  it('names the client’s own coach, also when the practice owner made the link', async () => {
    const owner = await createPractice('Praktijk Namen');
    const coach = await addCoach(owner.practiceId);
    const coachName = (await findUser(owner.practiceId, coach.userId))!.name;
    const { manager, client } = await seedSharingClient(owner.practiceId, coach.userId, 'Bouwbedrijf West', { firstName: 'Sam' });
    const actor: Actor = { ...owner, name: 'Olivia Eigenaar', locale: 'nl' };
    expect(await createShare(actor, { clientId: client.id, contactId: manager.id, sendMail: true })).toMatchObject({ ok: true });
    const [mail] = await outboxFor(owner.practiceId);
    expect(mail?.text).toContain(coachName);
    expect(mail?.text).not.toContain('Olivia Eigenaar');
  });
});
