import { describe, expect, it } from 'vitest';
import { hasFormDraft } from './draft-key';
import { draftDiffers, FormDraftStore, followsVersion, restoredValues, typedSince } from './form-draft';
import { clearPendingAnswers } from './pending-store';

class MemoryStorage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('a form draft in the browser', () => {
  it('keeps the typed values with the version they were typed on, until cleared', () => {
    const storage = new MemoryStorage();
    const draft = new FormDraftStore<{ privateNotes: string }>(storage, 'session:1');
    expect(draft.read()).toBeNull();
    draft.write({ privateNotes: 'Noemt de reorganisatie' }, 3, 1000);
    // A reload: a new store on the same storage finds it.
    expect(new FormDraftStore(storage, 'session:1').read()).toEqual({
      values: { privateNotes: 'Noemt de reorganisatie' },
      version: 3,
      savedAt: 1000,
    });
    expect(new FormDraftStore(storage, 'session:2').read()).toBeNull();
    draft.clear();
    expect(draft.read()).toBeNull();
  });

  it('is forgotten at sign-out with the queued answers (a shared laptop)', () => {
    const storage = new MemoryStorage();
    new FormDraftStore(storage, 'session:1').write({ privateNotes: 'privé' }, 1);
    expect(clearPendingAnswers(storage)).toBe(1);
    // Only the moment of the sign-out is left (it tells tabs still open to forget what they hold).
    expect(storage.length).toBe(1);
    expect(storage.getItem('autosave-cleared-at')).toMatch(/^\d+$/);
  });

  it('ignores what it cannot read, and works without storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('autosave:draft:x', '{not json');
    expect(new FormDraftStore(storage, 'x').read()).toBeNull();
    const none = new FormDraftStore<{ a: string }>(null, 'x');
    none.write({ a: '1' }, 1);
    expect(none.read()).toBeNull();
  });

  it('tells a draft that adds something from one that only repeats the record', () => {
    expect(draftDiffers({ a: 'x', b: '', version: 2 }, { a: 'x', b: '', version: 3 })).toBe(false);
    expect(draftDiffers({ a: 'x', b: 'nieuw' }, { a: 'x', b: '' })).toBe(true);
  });

  it('puts a draft back on top of the form: what the draft lacks keeps the form’s value, the version is the record’s', () => {
    const fresh = { message: '', requestId: 'b6a1c4e2-0000-4000-8000-000000000001' };
    // A draft kept before the form had a request id: the form's own id stays, so the form can still be sent.
    expect(restoredValues({ message: 'Dagboek' } as typeof fresh, fresh)).toEqual({ message: 'Dagboek', requestId: fresh.requestId });
    expect(restoredValues({ message: 'Dagboek', requestId: 'ander' }, fresh)).toEqual({ message: 'Dagboek', requestId: 'ander' });
    expect(restoredValues({ notes: 'x', version: 2 }, { notes: '', version: 5 })).toEqual({ notes: 'x', version: 5 });
  });

  it('puts back only what the coach typed: a field a colleague changed since, untouched here, keeps the new value', () => {
    const base = { email: 'oud@example.test', phone: '06 1111 1111', version: 3 };
    const typed = { ...base, phone: '06 2222 2222' }; // this coach changed the phone
    const now = { ...base, email: 'nieuw@example.test', version: 4 }; // a colleague changed the email meanwhile
    const storage = new MemoryStorage();
    const store = new FormDraftStore<typeof base>(storage, 'client:1');
    store.write(typed, 3, 1_000, base);
    const draft = store.read()!;
    expect(restoredValues(draft.values, now, draft.base)).toEqual({ email: 'nieuw@example.test', phone: '06 2222 2222', version: 4 });
    // Both changed the same field: the draft's value comes back (the notice says the record was saved elsewhere).
    expect(restoredValues({ ...typed, email: 'mijn@example.test' }, now, base)).toMatchObject({ email: 'mijn@example.test' });
    // With a base, a request id still comes from the draft (sent again, it finds what a lost answer made).
    const fresh = { message: '', requestId: 'b6a1c4e2-0000-4000-8000-000000000001' };
    const reopened = { message: '', requestId: 'b6a1c4e2-0000-4000-8000-000000000002' };
    expect(restoredValues({ ...fresh, message: 'Dagboek' }, reopened, fresh)).toEqual({ message: 'Dagboek', requestId: fresh.requestId });
    // A draft kept before drafts had a base: the whole draft, as before.
    expect(restoredValues(typed, now)).toEqual({ ...typed, version: 4 });
  });

  it("ignores a new record's request id: a fresh form makes its own, only typed text is a draft", () => {
    const fresh = { message: '', requestId: 'b6a1c4e2-0000-4000-8000-000000000001' };
    expect(draftDiffers({ message: '', requestId: 'b6a1c4e2-0000-4000-8000-000000000002' }, fresh)).toBe(false);
    expect(draftDiffers({ message: 'Dagboek', requestId: 'b6a1c4e2-0000-4000-8000-000000000002' }, fresh)).toBe(true);
  });

  it('compares lists by their content: a list read back from storage is a copy', () => {
    const record = { title: 'Werkoverleg', dimensions: ['workload', 'autonomy'] };
    const storage = new MemoryStorage();
    const store = new FormDraftStore<typeof record>(storage, 'plan-item:1');
    store.write(record, 1);
    expect(draftDiffers(store.read()!.values, record)).toBe(false);
    expect(draftDiffers({ ...record, dimensions: ['workload'] }, record)).toBe(true);
  });

  it('moves a form to a newer version only when what it edits is unchanged', () => {
    const v1 = { sessionId: 's', privateNotes: 'Slaapt slecht', version: 1 };
    // The session was marked as held on the same page: the notes are as they were.
    expect(followsVersion(1, v1, v1, { ...v1, version: 2 })).toBe(true);
    // Another tab saved other notes: the form stays on version 1, so its save is refused as stale.
    expect(followsVersion(1, v1, v1, { ...v1, privateNotes: 'Anders', version: 2 })).toBe(false);
    // The form saved version 2 itself (the refresh brings what it saved): nothing to follow.
    const saved = { ...v1, privateNotes: 'Nieuw', version: 2 };
    expect(followsVersion(2, saved, v1, saved)).toBe(false);
    // Saved, then "held" at once: the page never showed version 2, but the form's own base matches version 3.
    expect(followsVersion(2, saved, v1, { ...saved, version: 3 })).toBe(true);
    // The server stored a value differently than typed ('' as null): the record the page showed still vouches for it.
    const stored = { ...v1, privateNotes: null, version: 2 };
    expect(followsVersion(2, { ...v1, privateNotes: '', version: 2 }, stored, { ...stored, version: 3 })).toBe(true);
    // A form left behind on an older version does not jump over a change it has not seen.
    expect(followsVersion(1, v1, { ...v1, privateNotes: 'Anders', version: 2 }, { ...v1, privateNotes: 'Anders', version: 3 })).toBe(false);
    expect(followsVersion(1, v1, v1, v1)).toBe(false);
  });

  it('says whether a form has a draft, so that a folded form can open by itself', () => {
    const storage = new MemoryStorage();
    expect(hasFormDraft(storage, 'plan-item:new:c1')).toBe(false);
    new FormDraftStore(storage, 'plan-item:new:c1').write({ title: 'Gesprek met HR' }, 0);
    expect(hasFormDraft(storage, 'plan-item:new:c1')).toBe(true);
    expect(hasFormDraft(storage, 'plan-item:new:c2')).toBe(false);
    expect(hasFormDraft(null, 'plan-item:new:c1')).toBe(false);
  });

  it('finds what was typed while a save was on its way, not the version or the request id', () => {
    const sent = { version: 3, requestId: 'a', privateNotes: 'Slaapt slecht', clientSummary: '', checkinEnergy: '5' };
    expect(typedSince({ ...sent, version: 4 }, sent)).toEqual([]);
    expect(typedSince({ ...sent, privateNotes: 'Slaapt slecht sinds maart', requestId: 'b' }, sent)).toEqual(['privateNotes']);
  });
});
