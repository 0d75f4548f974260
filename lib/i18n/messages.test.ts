import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageFiles, messagesFor } from './messages';

const nl = messagesFor('nl');
const en = messagesFor('en');

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function has(tree: unknown, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('translations', () => {
  it('Dutch and English have exactly the same keys', () => {
    const nlKeys = keys(nl).sort();
    const enKeys = keys(en).sort();
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
  });

  it('no key is defined in two message files', () => {
    for (const files of Object.values(messageFiles)) {
      const seen = new Map<string, string>();
      for (const [file, tree] of Object.entries(files)) {
        for (const key of keys(tree)) {
          expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
          seen.set(key, file);
        }
      }
    }
  });

  it('no message is empty', () => {
    for (const tree of [nl, en]) {
      for (const key of keys(tree)) {
        let node: unknown = tree;
        for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
        expect(String(node).trim(), key).not.toBe('');
      }
    }
  });

  it('every literal key the code asks for exists in both languages', () => {
    const root = path.resolve(__dirname, '../..');
    const missing: string[] = [];
    for (const file of [...sourceFiles(path.join(root, 'app')), ...sourceFiles(path.join(root, 'lib'))]) {
      const source = readFileSync(file, 'utf8');
      // `const t = useTranslations('ns')` / `await getTranslations('ns')`, then `t('key')`.
      const translators = new Map<string, string>();
      for (const m of source.matchAll(
        /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:'([\w.]+)')?\s*\)/g,
      )) {
        translators.set(m[1]!, m[2] ?? '');
      }
      for (const m of source.matchAll(/\[\s*((?:\w+\s*,\s*)*\w+)\s*\]\s*=\s*await Promise\.all\(\[([^\]]*)\]/g)) {
        const names = m[1]!.split(',').map((s) => s.trim());
        const calls = [...m[2]!.matchAll(/(getTranslations\(\s*(?:'([\w.]+)')?\s*\)|\w+\([^)]*\))/g)];
        names.forEach((name, i) => {
          const call = calls[i];
          if (call?.[1]?.startsWith('getTranslations')) translators.set(name, call[2] ?? '');
        });
      }
      for (const [name, ns] of translators) {
        for (const m of source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\(\\s*'([\\w.]+)'`, 'g'))) {
          const key = ns ? `${ns}.${m[1]}` : m[1]!;
          for (const [lang, tree] of [
            ['nl', nl],
            ['en', en],
          ] as const) {
            if (!has(tree, key)) missing.push(`${lang}: ${key} (${path.relative(root, file)})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
