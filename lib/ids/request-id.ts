/**
 * The id of a record a form is about to create, made in the browser when the form opens and sent with it. A retry of
 * the same submission (the answer lost to a dropped connection, a reload that put the draft back) carries the same id,
 * so the service finds the record already made instead of making a second one. A new id only after a success.
 * No imports, so it costs the page nothing; `crypto.getRandomValues` works on plain http too, unlike `randomUUID`.
 * The inserts skip a taken id with `onConflictDoNothing()` without a target: where the id is also part of another
 * unique key (a contact's employer and id), two of the same request at once would otherwise meet that key's error.
 */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
