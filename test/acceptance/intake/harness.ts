// Shared helpers for the intake acceptance tests: a set-up workbook with staff, a hub and links, and form answers.

import { PRINCIPLES } from '../../../sheets-templates';
import {
  APPLICATION_FORM,
  ENQUIRY_FORM,
  languageLabel,
  principleKey,
  questionsOf,
} from '../../../sheets-templates/forms';
import { Emulator } from '../../../src/emulator';
import { COORDINATOR, OWNER, ok, sheet, values } from '../workbook/harness';
import { responseLanding } from './landing';

export { COORDINATOR, OWNER, ok, sheet, values };
export const VIEWER = 'viewer@strongcities.org';
export const STRANGER = 'stranger@example.org';
export const TOR_LINK = 'https://strongcities.example/terms-of-reference';
export const HUB_LINK = 'https://hub.strongcities.example/welcome';

export function documentProperty(emu: Emulator, key: string): string {
  const v = emu.backend.stores.script.properties.forDocument('bound-document').get(key);
  if (v === undefined) throw new Error(`no document property ${key}`);
  return v;
}

export const formId = (emu: Emulator, kind: 'enquiry' | 'application') =>
  documentProperty(emu, `scn.form.${kind}`);

/** Writes a Settings value host-side (as an admin typing in the Value column). */
export function setSetting(emu: Emulator, key: string, value: string): void {
  const s = sheet(emu, 'Settings');
  const rows = values(emu, 'Settings');
  const i = rows.findIndex((r) => r[0] === key);
  if (i < 0) throw new Error(`no setting ${key}`);
  s.setValuesRaw(i + 1, 2, [[value]]);
}

/** A set-up workbook: owner admin, a coordinator and a viewer, the MENA hub covering Jordan, links in Settings. */
export function intakeWorkbook(options: { start?: Date; links?: boolean } = {}): Emulator {
  const emu = new Emulator(options.start ? { start: options.start } : {});
  ok(emu, 'setupWorkbook');
  ok(emu, 'saveRecord', [
    { tab: 'Staff', fields: { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true } },
  ]);
  ok(emu, 'saveRecord', [
    { tab: 'Staff', fields: { name: 'Viewer', email: VIEWER, role: 'viewer', active: true } },
  ]);
  ok(emu, 'saveRecord', [
    { tab: 'Hubs', fields: { name: 'MENA', countries: ['Jordan', 'Lebanon', 'Morocco'] } },
  ]);
  ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'Management Unit (global)', countries: [] } }]);
  if (options.links !== false) {
    setSetting(emu, 'Terms of Reference link', TOR_LINK);
    setSetting(emu, 'Online Hub link', HUB_LINK);
  }
  return emu;
}

type Answers = Record<string, string | string[]>;

const enquiryTitle = (key: string) => questionsOf(ENQUIRY_FORM).find((q) => q.key === key)!.title;
const applicationTitle = (key: string) => questionsOf(APPLICATION_FORM).find((q) => q.key === key)!.title;

/** A complete enquiry by key (name, email, position, city, country, language, message); values as the form shows them. */
export function enquiryAnswers(over: Partial<Record<string, string | string[]>> = {}): Answers {
  const byKey: Record<string, string | string[]> = {
    name: 'Amina Haddad',
    email: 'amina.haddad@irbid.example',
    position: 'Adviser, Office of the Mayor',
    city: 'Irbid',
    country: 'Jordan',
    language: languageLabel('en'),
    message: 'We would like to join the network.',
    consent: ['I agree that the Strong Cities Network may contact me about membership.'],
    ...(over as Record<string, string | string[]>),
  };
  const out: Answers = {};
  for (const k of Object.keys(byKey)) if (byKey[k] !== '') out[enquiryTitle(k)] = byKey[k]!;
  return out;
}

const CATEGORY = {
  mayor: "Mayor's or governor's office",
  policy: 'Policy team or department',
  practitioner: 'Practitioner (frontline or CVE-relevant service)',
  other: 'Other',
};

/** A complete application, overrides by question title (two contacts: mayor's office and practitioner, every principle accepted). */
export function applicationAnswers(reference: string, over: Record<string, string | string[]> = {}): Answers {
  const byKey: Record<string, string | string[]> = {
    applicationId: reference,
    city: 'Irbid',
    country: 'Jordan',
    population: '502714',
    contact1Name: 'Amina Haddad',
    contact1Title: 'Adviser, Office of the Mayor',
    contact1Email: 'amina.haddad@irbid.example',
    contact1Phone: '+962 2 724 0000',
    contact1Category: CATEGORY.mayor,
    contact2Name: 'Omar Khalil',
    contact2Title: 'Youth outreach worker',
    contact2Email: 'omar.khalil@irbid.example',
    contact2Category: CATEGORY.practitioner,
    background:
      'Irbid hosts many young people and refugees; we run youth centres and a prevention board with schools and imams.',
    priorityTopics: ['youth engagement', 'social cohesion'],
    languages: [languageLabel('ar'), languageLabel('en')],
    ...Object.fromEntries(PRINCIPLES.map((p) => [principleKey(p), 'Yes, we commit to this principle'])),
  };
  const out: Answers = {};
  for (const k of Object.keys(byKey)) out[applicationTitle(k)] = byKey[k]!;
  // Overrides are by question title, as the applicant sees them; '' leaves the question unanswered.
  for (const title of Object.keys(over)) out[title] = over[title]!;
  for (const title of Object.keys(out)) if (out[title] === '') delete out[title];
  return out;
}

export { CATEGORY, responseLanding };

/** The Applications tab as records keyed by header. */
export function applicationRows(emu: Emulator): Record<string, unknown>[] {
  const rows = values(emu, 'Applications');
  const head = rows[0]!.map(String);
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

export function tabRows(emu: Emulator, tab: string): Record<string, unknown>[] {
  const rows = values(emu, tab);
  const head = (rows[0] ?? []).map(String);
  return rows
    .slice(1)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

export function outbox(emu: Emulator) {
  return emu.backend.stores.comms.mail.outbox;
}
