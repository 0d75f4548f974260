import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => path.join(path.dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files', name);

/** The OpenType table checksum: the sum of the table's big-endian uint32 words (head with checkSumAdjustment zeroed). */
function checksum(data: Uint8Array, isHead: boolean): number {
  const padded = new Uint8Array((data.byteLength + 3) & ~3);
  padded.set(data);
  if (isHead) padded.fill(0, 8, 12);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it.each(['source-sans-3-latin-400-normal.woff', 'source-sans-3-latin-700-normal.woff'])(
    'unpacks %s into an sfnt whose every table matches the checksum the WOFF recorded',
    (name) => {
      const woff = readFileSync(fontFile(name));
      const sfnt = woffToSfnt(woff);
      const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
      const tag = (at: number) => String.fromCharCode(...sfnt.subarray(at, at + 4));
      expect(view.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4)); // the flavour
      const numTables = view.getUint16(4);
      expect(numTables).toBeGreaterThan(8);
      const tags: string[] = [];
      for (let i = 0; i < numTables; i++) {
        const at = 12 + i * 16;
        const offset = view.getUint32(at + 8);
        const length = view.getUint32(at + 12);
        expect(offset % 4).toBe(0);
        expect(checksum(sfnt.subarray(offset, offset + length), tag(at) === 'head')).toBe(view.getUint32(at + 4));
        tags.push(tag(at));
      }
      expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'hmtx', 'name', 'OS/2', 'post']));
    },
  );

  it('refuses a file that is not a WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow();
  });
});
