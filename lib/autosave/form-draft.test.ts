import { describe, expect, it } from 'vitest';
import { AUTOSAVE_MAX_AGE_MS, hasFormDraft, ownedKey } from './draft-key';
import { draftDiffers, FormDraftStore, followsVersion, restoredValues, TabDraftStore, typedSince } from './form-draft';
import { clearPendingAnswers, PendingStore } from './pending-store';
import { TAB_ID_KEY, tabId } from './tab-id';
import { heldLocks, holdLock } from './tab-lock';

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
    expect(new FormDraftStore(storage, 'session:1').read(2000)).toEqual({
      values: { privateNotes: 'Noemt de reorganisatie' },
      version: 3,
      savedAt: 1000,
    });
    expect(new FormDraftStore(storage, 'session:2').read(2000)).toBeNull();
    draft.clear();
    expect(draft.read(2000)).toBeNull();
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
    const draft = store.read(2_000)!;
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

  it('finds what was typed while a save was on its way, not the version or the request id', () => {
    const sent = { version: 3, requestId: 'a', privateNotes: 'Slaapt slecht', clientSummary: '', checkinEnergy: '5' };
    expect(typedSince({ ...sent, version: 4 }, sent)).toEqual([]);
    expect(typedSince({ ...sent, privateNotes: 'Slaapt slecht sinds maart', requestId: 'b' }, sent)).toEqual(['privateNotes']);
  });
});

describe('a coach’s draft: per signed-in coach and per tab', () => {
  const key = 'session-record:s1';
  const now = Date.UTC(2026, 2, 10, 9);

  it('is kept under the coach who typed it: another coach signed in on this browser finds none', () => {
    const storage = new MemoryStorage();
    new TabDraftStore(storage, 'coach-a', key, 'tab1').write({ privateNotes: 'Privé van coach A' }, 2, now);
    // The session ran out without a sign-out; coach B signs in on the same browser, even in the same tab.
    expect(new TabDraftStore(storage, 'coach-b', key, 'tab1').read(now)).toBeNull();
    expect(new TabDraftStore(storage, 'coach-b', key, 'tab1').candidates(now)).toEqual([]);
    expect(hasFormDraft(storage, 'coach-b', key, now)).toBe(false);
    // Coach A signs in again: it is back.
    expect(new TabDraftStore(storage, 'coach-a', key, 'tab1').read(now)?.values).toEqual({ privateNotes: 'Privé van coach A' });
    expect(hasFormDraft(storage, 'coach-a', key, now)).toBe(true);
    expect(hasFormDraft(storage, 'coach-a', 'session-record:s2', now)).toBe(false);
    expect(hasFormDraft(storage, null, key, now)).toBe(false);
    expect(hasFormDraft(null, 'coach-a', key, now)).toBe(false);
    // The storage key names coach and tab; a draft with a key that merely starts the same is another form's.
    expect([...storage.data.keys()]).toEqual([`autosave:draft:coach-a/${key}#tab1`]);
    new TabDraftStore(storage, 'coach-a', `${key}0`, 'tab1').write({ privateNotes: 'Andere sessie' }, 1, now);
    expect(new TabDraftStore(storage, 'coach-a', key, 'tab2').candidates(now)).toHaveLength(1);
  });

  it('keeps the queued answers of a coach’s intake under that coach too', () => {
    const storage = new MemoryStorage();
    new PendingStore<number>(storage, `autosave:${ownedKey('coach-a', 'measurement:m1:coach')}`).put('q1', 4, now);
    expect(new PendingStore<number>(storage, `autosave:${ownedKey('coach-b', 'measurement:m1:coach')}`).all()).toEqual([]);
    expect(new PendingStore<number>(storage, `autosave:${ownedKey('coach-a', 'measurement:m1:coach')}`).all()).toHaveLength(1);
  });

  it('keeps each tab’s text: a save in one tab removes only what that tab wrote', () => {
    const storage = new MemoryStorage();
    type Notes = { privateNotes: string; clientSummary: string };
    const tabA = new TabDraftStore<Notes>(storage, 'coach-a', key, 'A');
    const tabB = new TabDraftStore<Notes>(storage, 'coach-a', key, 'B');
    tabA.write({ privateNotes: '', clientSummary: 'Samenvatting uit tab A' }, 2, now);
    tabB.write({ privateNotes: 'Notities uit tab B', clientSummary: '' }, 2, now + 1_000);
    // Tab B typing later did not replace what tab A typed.
    expect(new TabDraftStore<Notes>(storage, 'coach-a', key, 'A').read(now + 2_000)?.values.clientSummary).toBe('Samenvatting uit tab A');
    // Tab A saves: only its own draft goes. Tab B reloaded (same tab id) gets its notes back.
    tabA.clear();
    expect(new TabDraftStore<Notes>(storage, 'coach-a', key, 'B').read(now + 2_000)?.values.privateNotes).toBe('Notities uit tab B');
    expect(hasFormDraft(storage, 'coach-a', key, now + 2_000)).toBe(true);
  });

  it('puts back this tab’s own draft on a reload, or else the newest another tab left, which this tab then takes over', () => {
    const storage = new MemoryStorage();
    new TabDraftStore(storage, 'coach-a', key, 'old').write({ privateNotes: 'oudste' }, 1, now);
    new TabDraftStore(storage, 'coach-a', key, 'closed').write({ privateNotes: 'nieuwste' }, 1, now + 2_000);
    new TabDraftStore(storage, 'coach-a', key, 'mine').write({ privateNotes: 'van deze tab' }, 1, now + 1_000);
    new TabDraftStore(storage, 'coach-b', key, 'other').write({ privateNotes: 'van een ander' }, 1, now + 9_000);
    // A reload of tab "mine": what this tab showed comes first, though another tab wrote later.
    const mine = new TabDraftStore<{ privateNotes: string }>(storage, 'coach-a', key, 'mine');
    expect(mine.candidates(now + 3_000).map((c) => [c.draft.values.privateNotes, c.own])).toEqual([
      ['van deze tab', true],
      ['nieuwste', false],
      ['oudste', false],
    ]);
    // A new tab (the browser was closed): the newest of this coach's drafts of this record.
    const fresh = new TabDraftStore<{ privateNotes: string }>(storage, 'coach-a', key, 'fresh');
    const [newest] = fresh.candidates(now + 3_000);
    expect(newest?.draft.values.privateNotes).toBe('nieuwste');
    // Taken over: from now on it is this tab's, so once this tab saved it, it does not come back.
    fresh.takeOver(newest!);
    expect(storage.getItem(`autosave:draft:coach-a/${key}#closed`)).toBeNull();
    expect(fresh.candidates(now + 3_000)[0]).toMatchObject({
      own: true,
      draft: { values: { privateNotes: 'nieuwste' }, savedAt: now + 2_000 },
    });
    fresh.clear();
    expect(fresh.candidates(now + 3_000).map((c) => c.draft.values.privateNotes)).toEqual(['van deze tab', 'oudste']);
    // A draft that holds nothing new is dropped where it is.
    const [first] = fresh.candidates(now + 3_000);
    fresh.drop(first!);
    expect(fresh.candidates(now + 3_000).map((c) => c.draft.values.privateNotes)).toEqual(['oudste']);
  });

  it('takes over only a draft whose form no other tab has open (a tab closed, or gone on to another page)', async () => {
    const storage = new MemoryStorage();
    const openTab = new TabDraftStore(storage, 'coach-a', key, 'open');
    openTab.write({ privateNotes: 'in een open tabblad' }, 1, now + 2_000);
    new TabDraftStore(storage, 'coach-a', key, 'closed').write({ privateNotes: 'achtergelaten' }, 1, now);
    // A fake of the browser's Web Locks: the open tab holds its draft's lock while its form is open.
    const held = new Set<string>();
    const locks = {
      request: (name: string, hold: () => Promise<void>) => {
        held.add(name);
        return hold().then(() => void held.delete(name));
      },
      query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
    } as unknown as Parameters<typeof holdLock>[1];
    const release = holdLock(openTab.ownKey, locks);
    const fresh = new TabDraftStore<{ privateNotes: string }>(storage, 'coach-a', key, 'fresh');
    const open = await heldLocks(locks);
    expect(fresh.leftBehind(open, now + 3_000).map((c) => c.draft.values.privateNotes)).toEqual(['achtergelaten']);
    expect(hasFormDraft(storage, 'coach-a', key, now + 3_000, open)).toBe(true);
    // The open tab's form closes: its draft may be taken over now.
    release();
    await Promise.resolve();
    expect(fresh.leftBehind(await heldLocks(locks), now + 3_000).map((c) => c.draft.values.privateNotes)).toEqual([
      'in een open tabblad',
      'achtergelaten',
    ]);
    // Without Web Locks every other tab's draft counts as left behind.
    expect(await heldLocks(null)).toEqual(new Set());
  });

  it('drops drafts typed more than 30 days ago when they are read', () => {
    const storage = new MemoryStorage();
    const store = new TabDraftStore<{ notes: string }>(storage, 'coach-a', key, 'A');
    store.write({ notes: 'vorige maand' }, 1, now);
    new TabDraftStore(storage, 'coach-a', key, 'B').write({ notes: 'net' }, 1, now + AUTOSAVE_MAX_AGE_MS);
    new FormDraftStore(storage, 'share-comment:x').write({ comment: 'oud' }, 0, now);
    const later = now + AUTOSAVE_MAX_AGE_MS + 1;
    // A folded form does not open for an expired draft alone.
    const onlyOld = new MemoryStorage();
    new TabDraftStore(onlyOld, 'coach-a', key, 'A').write({ notes: 'vorige maand' }, 1, now);
    expect(hasFormDraft(onlyOld, 'coach-a', key, later)).toBe(false);
    expect(hasFormDraft(storage, 'coach-a', key, later)).toBe(true);
    expect(store.candidates(later).map((c) => c.draft.values.notes)).toEqual(['net']);
    // Gone from storage, not only skipped.
    expect(storage.getItem(`autosave:draft:coach-a/${key}#A`)).toBeNull();
    expect(new FormDraftStore(storage, 'share-comment:x').read(later)).toBeNull();
    expect(storage.getItem('autosave:draft:share-comment:x')).toBeNull();
    expect(store.read(later + AUTOSAVE_MAX_AGE_MS)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('is forgotten at sign-out, every coach’s and every tab’s', () => {
    const storage = new MemoryStorage();
    new TabDraftStore(storage, 'coach-a', key, 'A').write({ notes: 'a' }, 1, now);
    new TabDraftStore(storage, 'coach-a', key, 'B').write({ notes: 'b' }, 1, now);
    new TabDraftStore(storage, 'coach-b', 'client:new', 'A').write({ firstName: 'Ruben' }, 0, now);
    storage.setItem('bp-locale', 'nl');
    expect(clearPendingAnswers(storage, now)).toBe(3);
    expect([...storage.data.keys()].sort()).toEqual(['autosave-cleared-at', 'bp-locale']);
  });

  it('is not written again by a tab whose form opened before a sign-out in another tab (a shared laptop)', () => {
    const storage = new MemoryStorage();
    type Notes = { privateNotes: string };
    // Tab A has the session notes open; the coach signs out in tab B and walks away.
    const tabA = new TabDraftStore<Notes>(storage, 'coach-a', key, 'A', { openedAt: now });
    tabA.write({ privateNotes: 'Privé: slaapt slecht' }, 1, now + 1_000);
    clearPendingAnswers(storage, now + 2_000);
    // The next keystroke in tab A, or tab A's pagehide: nothing comes back into storage, then or later.
    tabA.write({ privateNotes: 'Privé: slaapt slecht, piekert' }, 1, now + 3_000);
    expect([...storage.data.keys()]).toEqual(['autosave-cleared-at']);
    storage.removeItem('autosave-cleared-at');
    tabA.write({ privateNotes: 'Privé: nog meer' }, 1, now + 4_000);
    expect(storage.length).toBe(0);
    // A form opened after the sign-out (the next coach signed in) keeps its draft as always.
    clearPendingAnswers(storage, now + 5_000);
    const next = new TabDraftStore<Notes>(storage, 'coach-b', key, 'A', { openedAt: now + 6_000 });
    next.write({ privateNotes: 'Nieuw' }, 1, now + 7_000);
    expect(next.candidates(now + 8_000).map((c) => c.draft.values.privateNotes)).toEqual(['Nieuw']);
  });

  it('does not put back a draft written before the last sign-out that is still in storage', () => {
    const storage = new MemoryStorage();
    clearPendingAnswers(storage, now + 2_000);
    // Written a moment before the sign-out, but it reached this storage only after the sign-out cleared it.
    storage.setItem(
      `autosave:draft:coach-a/${key}#A`,
      JSON.stringify({ values: { privateNotes: 'oud' }, version: 1, savedAt: now + 1_000 }),
    );
    const fresh = new TabDraftStore<{ privateNotes: string }>(storage, 'coach-a', key, 'B', { openedAt: now + 3_000 });
    expect(fresh.candidates(now + 3_000)).toEqual([]);
    expect(storage.getItem(`autosave:draft:coach-a/${key}#A`)).toBeNull();
  });

  it('moves to another tab id (a duplicated tab): the draft under the old id, the other tab’s, stays there', () => {
    const storage = new MemoryStorage();
    type Notes = { privateNotes: string };
    const original = new TabDraftStore<Notes>(storage, 'coach-a', key, 'A');
    original.write({ privateNotes: 'Uit het eerste tabblad' }, 1, now);
    // The copy starts with the copied id, so it finds the text it was copied with as its own.
    const copy = new TabDraftStore<Notes>(storage, 'coach-a', key, 'A');
    expect(copy.candidates(now)[0]).toMatchObject({ own: true, draft: { values: { privateNotes: 'Uit het eerste tabblad' } } });
    expect(copy.moveTo('A')).toBe(false);
    expect(copy.moveTo('C')).toBe(true);
    copy.write({ privateNotes: 'Uit het eerste tabblad, verder in de kopie' }, 1, now + 1_000);
    // A save in the copy leaves the first tab's unsaved text alone, and the other way round.
    copy.clear();
    expect(original.candidates(now + 2_000)[0]?.draft.values.privateNotes).toBe('Uit het eerste tabblad');
    copy.write({ privateNotes: 'Kopie' }, 1, now + 3_000);
    original.clear();
    expect(copy.candidates(now + 4_000)).toMatchObject([{ own: true, draft: { values: { privateNotes: 'Kopie' } } }]);
  });
});

describe('this tab’s id', () => {
  it('stays the same across reloads of a tab and differs between tabs', () => {
    const tab1 = new MemoryStorage();
    const tab2 = new MemoryStorage();
    let n = 0;
    const random = () => `id${++n}`;
    expect(tabId(tab1, random)).toBe('id1');
    expect(tabId(tab1, random)).toBe('id1');
    expect(tab1.getItem(TAB_ID_KEY)).toBe('id1');
    expect(tabId(tab2, random)).toBe('id2');
    // Without sessionStorage: one id for the page load.
    expect(tabId(null, random)).toBe(tabId(null, random));
  });
});
