import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';
import { CONSENT_TEXT_VERSIONS, consentTextKey, EARLIER_CONSENT_TEXT_VERSIONS } from './consent-state';
import { CLIENT_STATUSES, CONSENT_KINDS, CONTACT_ROLES, REFERRAL_ROUTES } from './constants';
import { CLOSE_REASONS } from './lifecycle';
import { CLIENT_SORTS } from './list-params';

const root = path.resolve(__dirname, '../..');
const trees = { nl: messagesFor('nl'), en: messagesFor('en') };

function has(tree: unknown, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function missing(keys: string[]) {
  return keys.flatMap((key) => (['nl', 'en'] as const).filter((lang) => !has(trees[lang], key)).map((lang) => `${lang}: ${key}`));
}

describe('caseload messages', () => {
  it('exist for every message key the schemas and actions return', () => {
    const dirs = ['lib/caseload', 'lib/schemas', 'app/(coach)/clients', 'app/(coach)/employers', 'app/(coach)/settings'];
    const keys = new Set<string>();
    for (const file of dirs.flatMap((d) => files(path.join(root, d)))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'((?:clients|employers|consents|gdpr)\.(?:validation|errors|erase)\.\w+)'/g))
        keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(15);
    expect(missing([...keys])).toEqual([]);
  });

  it('exist for every value of the enumerations shown in the UI', () => {
    expect(
      missing([
        ...CLIENT_STATUSES.map((s) => `clients.status.${s}`),
        ...CLOSE_REASONS.map((r) => `clients.closeReasons.${r}`),
        ...REFERRAL_ROUTES.map((r) => `clients.form.referral.${r}`),
        ...CLIENT_SORTS.map((s) => `clients.list.sortBy.${s}`),
        ...CONTACT_ROLES.map((r) => `employers.roles.${r}`),
        ...CONSENT_KINDS.flatMap((k) => [`consents.kinds.${k}`, `consents.text.${k}`]),
        ...['given', 'withdrawn', 'none'].map((s) => `consents.states.${s}`),
        ...['given', 'withdrawn'].map((s) => `consents.actions.${s}`),
        ...['problem_analysis', 'plan_van_aanpak', 'review'].map((k) => `clients.poortwachter.milestones.${k}`),
        ...['passed', 'soon', 'upcoming'].map((k) => `clients.poortwachter.states.${k}`),
        ...['coach', 'employer', 'system'].map((k) => `clients.timeline.actors.${k}`),
        ...['all', 'assigned'].flatMap((v) => [
          `clients.settings.visibilityOptions.${v}.label`,
          `clients.settings.visibilityOptions.${v}.hint`,
        ]),
        ...['overview', 'measurements', 'sessions', 'homework'].map((k) => `clientTabs.${k}`),
        ...[
          'created',
          'updated',
          'status_changed',
          'closed',
          'reopened',
          'archived',
          'sick_leave_started',
          'sick_leave_since_corrected',
          'sick_leave_ended',
          'coach_changed',
          'sessions_reassigned',
          'reassigned_sessions_overlap',
        ].map((k) => `timeline.client.${k}`),
        'timeline.consent.given',
        'timeline.consent.withdrawn',
      ]),
    ).toEqual([]);
  });

  it('keep the words of every earlier consent text version, and a new version changes the Dutch words', () => {
    for (const kind of CONSENT_KINDS) {
      const current = CONSENT_TEXT_VERSIONS[kind];
      expect(EARLIER_CONSENT_TEXT_VERSIONS[kind], kind).not.toContain(current);
      const keys = EARLIER_CONSENT_TEXT_VERSIONS[kind].map((v) => `consents.${consentTextKey(kind, v)}`);
      expect(missing(keys)).toEqual([]);
      const nl = trees.nl.consents as { text: Record<string, string>; earlierText: Record<string, Record<string, string>> };
      for (const version of EARLIER_CONSENT_TEXT_VERSIONS[kind]) {
        expect(nl.earlierText[kind]?.[version], `${kind} ${version}`).not.toBe(nl.text[kind]);
      }
    }
  });
});
