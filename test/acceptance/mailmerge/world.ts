// A small set-up workbook for the mail-merge tests: two hubs' cities, contacts in four languages, a multilingual template.

import type { Emulator } from '../../../src/emulator';
import { intakeWorkbook, ok, outbox, sheet, tabRows } from '../intake/harness';

export { ok, outbox, sheet, tabRows };
export const COMMS = 'comms@strongcities.org';

export interface MailWorld {
  emu: Emulator;
  ids: Record<string, string>;
}

const save = (emu: Emulator, tab: string, fields: Record<string, unknown>) =>
  ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;

/** Adds a template (one row per variant) to the Templates tab, as the comms team would. */
export function addTemplate(
  emu: Emulator,
  name: string,
  variants: Record<string, { subject: string; body: string; htmlBody?: string }>,
): void {
  for (const language of Object.keys(variants)) {
    const v = variants[language]!;
    save(emu, 'Templates', { name, purpose: 'newsletter', language, active: true, ...v });
  }
}

export const BRIEFING = {
  en: {
    subject: 'Policy briefing for {{City}}',
    body: 'Dear {{Name}},\n\nThe briefing for {{Country}} is out.\n\n{{SenderName}}',
  },
  fr: {
    subject: 'Note d’orientation pour {{City}}',
    body: 'Bonjour {{Name}},\n\nLa note pour {{Country}} est parue. Ça y est — élan 🎉.\n\n{{SenderName}}',
  },
  ar: {
    subject: 'موجز سياسات لمدينة {{City}}',
    body: 'السيد/السيدة {{Name}}،\n\nصدر الموجز الخاص بـ{{Country}}.\n\n{{SenderName}}',
  },
};

/**
 * Cities: Irbid (Jordan, MENA, member, ar+en), Lyon (France, member, fr), Medellín (Colombia, applicant, es);
 * contacts chosen so each exclusion reason and each step of the language fallback chain happens once.
 */
export function mailWorld(): MailWorld {
  const emu = intakeWorkbook();
  ok(emu, 'saveRecord', [
    { tab: 'Staff', fields: { name: 'Comms', email: COMMS, role: 'comms', active: true } },
  ]);
  const hub = tabRows(emu, 'Hubs').find((h) => h['Name'] === 'MENA')!['Hub ID'] as string;
  const ids: Record<string, string> = {};
  ids.irbid = save(emu, 'Cities', {
    name: 'Irbid',
    country: 'Jordan',
    hubId: hub,
    status: 'member',
    languages: ['ar', 'en'],
    priorities: ['youth engagement'],
  });
  ids.lyon = save(emu, 'Cities', { name: 'Lyon', country: 'France', status: 'member', languages: ['fr'] });
  ids.medellin = save(emu, 'Cities', {
    name: 'Medellín',
    country: 'Colombia',
    status: 'applicant',
    languages: ['es'],
  });
  const contact = (key: string, fields: Record<string, unknown>) => {
    ids[key] = save(emu, 'Contacts', {
      category: 'practitioner',
      lawfulBasis: 'legitimate interests',
      ...fields,
    });
  };
  contact('amina', {
    orgId: ids.irbid,
    name: 'Amina Haddad',
    email: 'amina@irbid.example',
    language: 'ar',
    category: "mayor's office",
  });
  contact('omar', { orgId: ids.irbid, name: 'Omar Khalil', email: 'omar@irbid.example', language: 'es' }); // no es variant → city's ar
  contact('claire', {
    orgId: ids.lyon,
    name: 'Claire Dubois',
    email: 'claire@lyon.example',
    language: 'fr',
    title: 'Adjointe',
  });
  contact('pierre', {
    orgId: ids.lyon,
    name: 'Pierre <b>Martin</b>',
    email: 'pierre@lyon.example',
    language: 'es',
  }); // → fr
  contact('lucia', {
    orgId: ids.medellin,
    name: 'Lucía Gómez',
    email: 'lucia@medellin.example',
    language: 'es',
  }); // → en
  contact('dup', {
    orgId: ids.lyon,
    name: 'Claire D. (old entry)',
    email: ' Claire@Lyon.example ',
    language: 'fr',
  });
  contact('optedOut', {
    orgId: ids.lyon,
    name: 'Opted Out',
    email: 'out@lyon.example',
    language: 'fr',
    optedOut: true,
  });
  contact('left', {
    orgId: ids.lyon,
    name: 'Left Role',
    email: 'left@lyon.example',
    language: 'fr',
    activeTo: '2020-01-31',
  });
  contact('bounced', {
    orgId: ids.irbid,
    name: 'Bounced Box',
    email: 'bounced@irbid.example',
    language: 'en',
  });
  contact('noEmail', { orgId: ids.irbid, name: 'No Email', language: 'en' });
  save(emu, 'Suppressions', { email: 'BOUNCED@irbid.example', reason: 'bounced', addedOn: '2026-01-02' });
  addTemplate(emu, 'Briefing', BRIEFING);
  return { emu, ids };
}

export const draft = (over: Record<string, unknown> = {}) => ({
  name: 'March briefing',
  templateName: 'Briefing',
  audience: {},
  ...over,
});
