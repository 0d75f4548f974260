import type { Locale } from './locales';
import caseloadEn from './messages/caseload.en.json';
import caseloadNl from './messages/caseload.nl.json';
import coreEn from './messages/core.en.json';
import coreNl from './messages/core.nl.json';
import intakeEn from './messages/intake.en.json';
import intakeNl from './messages/intake.nl.json';
import planEn from './messages/plan.en.json';
import planNl from './messages/plan.nl.json';
import portalEn from './messages/portal.en.json';
import portalNl from './messages/portal.nl.json';
import reportsEn from './messages/reports.en.json';
import reportsNl from './messages/reports.nl.json';
import sessionsEn from './messages/sessions.en.json';
import sessionsNl from './messages/sessions.nl.json';

export type MessageTree = { [key: string]: string | MessageTree };

/** Each area of the app keeps its messages in its own file; namespaces may be shared (e.g. `timeline`). */
export const messageFiles: Record<Locale, Record<string, MessageTree>> = {
  nl: { core: coreNl, caseload: caseloadNl, intake: intakeNl, sessions: sessionsNl, portal: portalNl, plan: planNl, reports: reportsNl },
  en: { core: coreEn, caseload: caseloadEn, intake: intakeEn, sessions: sessionsEn, portal: portalEn, plan: planEn, reports: reportsEn },
};

export function mergeMessages(trees: MessageTree[]): MessageTree {
  const out: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? mergeMessages([existing, value]) : value;
    }
  }
  return out;
}

const merged: Record<Locale, MessageTree> = {
  nl: mergeMessages(Object.values(messageFiles.nl)),
  en: mergeMessages(Object.values(messageFiles.en)),
};

export function messagesFor(locale: Locale): MessageTree {
  return merged[locale];
}
