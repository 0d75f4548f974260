import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx|mjs)$/.test(name) ? [full] : [];
  });
}

// Domain logic, queries and scripts stand on their own: the app's routes use them, never the other way round.
// Tests that go through the app's endpoints live in tests/.
describe('layers', () => {
  it('lib/, db/ and scripts/ import nothing from app/', () => {
    const offenders = ['lib', 'db', 'scripts']
      .flatMap((dir) => files(path.join(root, dir)))
      .filter((file) => /from ['"](@\/app\/|(\.\.\/)+app\/)/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('app/ holds no transaction: writes go through the domain services', () => {
    const offenders = files(path.join(root, 'app'))
      .filter((file) => !file.endsWith('.test.ts') && /\btransaction\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
