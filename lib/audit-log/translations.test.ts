import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';

/**
 * The owner's audit log (/settings/audit) labels each entry's action as `auditLog.actions.<area>.<what>` and its
 * subject as `auditLog.entityTypes.<type>`; a missing text shows the raw code. There is no central list of actions:
 * services write them as literals, through ternaries, lookup tables and helper parameters. So the type checker
 * finds them: every place a value flows into an `AuditAction` (or into an audit entry's `action` / `entityType`),
 * with the string literals its type can hold.
 */

const root = path.resolve(__dirname, '../..');

type Found = { actions: Map<string, string>; entityTypes: Map<string, string>; dynamic: string[] };

function writtenAuditValues(): Found {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = parsed.fileNames.filter((file) => {
    const rel = path.relative(root, file);
    return /^(app|lib|db)\//.test(rel) && !/\.test\.tsx?$/.test(rel) && !rel.startsWith('lib/testing/') && !/test-fixtures\.ts$/.test(rel);
  });
  const program = ts.createProgram({ rootNames: files, options: { ...parsed.options, incremental: false, noEmit: true } });
  const checker = program.getTypeChecker();

  let auditAction: ts.Type | undefined;
  program.getSourceFile(path.join(root, 'lib/audit.ts'))?.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'AuditAction') auditAction = checker.getTypeAtLocation(node.name);
  });
  if (!auditAction?.isUnion()) throw new Error('lib/audit.ts no longer exports the AuditAction union: update this test');
  const areas = auditAction.types;

  const parts = (type: ts.Type): readonly ts.Type[] => {
    const t = checker.getNonNullableType(type);
    return t.isUnion() ? t.types : [t];
  };
  /** `AuditAction` itself or a narrower `<area>.${string}` (a helper's parameter). */
  const isActionType = (type: ts.Type | undefined) => !!type && parts(type).every((p) => areas.includes(p));
  /** An audit entry (`action` and `entityType`), a list of them or a function returning one. */
  const holdsEntries = (type: ts.Type | undefined, depth = 3): boolean =>
    !!type &&
    depth > 0 &&
    parts(type).some(
      (p) =>
        (p.getProperty('action') && p.getProperty('entityType')) ||
        ((checker.isArrayType(p) || checker.isTupleType(p)) &&
          checker.getTypeArguments(p as ts.TypeReference).some((e) => holdsEntries(e, depth - 1))) ||
        p.getCallSignatures().some((s) => holdsEntries(s.getReturnType(), depth - 1)),
    );

  /** An `AuditEvent` or `AuditLine`: an object whose `action` is an `AuditAction`. */
  const isEntry = (type: ts.Type | undefined) =>
    !!type &&
    parts(type).some((p) => {
      const action = p.getProperty('action');
      return !!action && isActionType(checker.getTypeOfSymbol(action));
    });

  const found: Found = { actions: new Map(), entityTypes: new Map(), dynamic: [] };
  const literals = (type: ts.Type, into: Map<string, string>, where: string) => {
    for (const p of parts(type)) if (p.isStringLiteral()) into.set(p.value, where);
  };
  const entries = (type: ts.Type, where: string, depth = 3) => {
    if (depth === 0) return;
    for (const p of parts(type)) {
      if (checker.isArrayType(p) || checker.isTupleType(p)) {
        for (const e of checker.getTypeArguments(p as ts.TypeReference)) entries(e, where, depth - 1);
      } else if (p.getCallSignatures().length > 0) {
        for (const s of p.getCallSignatures()) entries(s.getReturnType(), where, depth - 1);
      } else {
        const action = p.getProperty('action');
        const entityType = p.getProperty('entityType');
        if (action && entityType) {
          literals(checker.getTypeOfSymbol(action), found.actions, where);
          literals(checker.getTypeOfSymbol(entityType), found.entityTypes, where);
        }
      }
    }
  };
  const inspect = (expression: ts.Expression, where: string) => {
    const expected = checker.getContextualType(expression);
    if (isActionType(expected)) {
      const type = checker.getTypeAtLocation(expression);
      // `client.${kind}` with a literal-typed `kind` is fine; with a plain string nobody can tell what it writes.
      if (ts.isTemplateExpression(expression) && parts(type).some((p) => !p.isStringLiteral()))
        found.dynamic.push(`${where}: ${expression.getText()}`);
      literals(type, found.actions, where);
    } else if (holdsEntries(expected)) {
      entries(checker.getTypeAtLocation(expression), where);
    }
  };

  // Only files that can hand a value to the audit log: they call it, name its types, or spell an `<area>.` string.
  const prefixes = areas.map((area) => (area.flags & ts.TypeFlags.TemplateLiteral ? (area as ts.TemplateLiteralType).texts[0] : ''));
  const relevant = new RegExp(
    `\\b(audit\\w*\\(|commitChange|AuditAction|AuditLine|AuditEvent|AuditInsert)|['"\`](${prefixes.filter(Boolean).join('|').replace(/\./g, '\\.')})`,
  );
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source || !relevant.test(source.text)) continue;
    const visit = (node: ts.Node) => {
      const where = () => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isPropertyAssignment(node)) {
        inspect(node.initializer, where());
        // `entityType` is a plain string in an entry, so its literal is widened there: read it where it is written.
        if (ts.isIdentifier(node.name) && node.name.text === 'entityType' && isEntry(checker.getContextualType(node.parent)))
          literals(checker.getTypeAtLocation(node.initializer), found.entityTypes, where());
      } else if (ts.isShorthandPropertyAssignment(node)) {
        const expected = checker.getContextualType(node.parent);
        const property = expected && parts(expected).flatMap((p) => p.getProperty(node.name.text) ?? []);
        if (property?.some((p) => isActionType(checker.getTypeOfSymbol(p))))
          literals(checker.getTypeAtLocation(node.name), found.actions, where());
      } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        for (const argument of node.arguments ?? []) inspect(argument, where());
      } else if (ts.isReturnStatement(node) && node.expression) inspect(node.expression, where());
      else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) inspect(node.body, where());
      else if (ts.isVariableDeclaration(node) && node.type && node.initializer) inspect(node.initializer, where());
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const lookup = (tree: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

describe('audit log: every action and subject the code writes has a label in both languages', () => {
  let found: Found;
  beforeAll(() => {
    found = writtenAuditValues();
  }, 180_000);

  it('finds the audit writes (sanity check of the scan)', () => {
    // Written in different ways: a plain literal, a helper's literal-typed parameter, a lookup table, a
    // ternary, `as const` entries spread into audit(), a `auth.${string}` parameter, a read logged in a page.
    for (const action of [
      'client.created',
      'client.closed',
      'session.no_show',
      'user.deactivated',
      'portal.homework_viewed',
      'homework.submitted',
      'auth.password_changed',
      'auth.sign_out_everywhere',
      'portal.plan_viewed',
      'report.downloaded',
      'plan.share_opened',
    ]) {
      expect(found.actions.has(action), action).toBe(true);
    }
    expect(found.actions.size).toBeGreaterThan(70);
    expect([...found.entityTypes.keys()]).toEqual(expect.arrayContaining(['client', 'plan_item', 'plan_share']));
  });

  it('writes every action as a literal the scan can see (no template around a plain string)', () => {
    expect(found.dynamic).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('%s: every action has a label', (locale) => {
    const messages = messagesFor(locale);
    const missing = [...found.actions].filter(([action]) => typeof lookup(messages, `auditLog.actions.${action}`) !== 'string');
    expect(missing.map(([action, where]) => `${action} (${where})`)).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('%s: every entity type has a label', (locale) => {
    const messages = messagesFor(locale);
    const missing = [...found.entityTypes].filter(([type]) => typeof lookup(messages, `auditLog.entityTypes.${type}`) !== 'string');
    expect(missing.map(([type, where]) => `${type} (${where})`)).toEqual([]);
  });
});
