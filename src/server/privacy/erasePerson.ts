// SCN CRM › Privacy › Erase a person (admins, after a confirmation naming what changes): anonymises every row held.
//
// Rows stay (counts for monitoring are kept); every cell naming the person — the address, the names and phones
// recorded with it — has those strings replaced by "[erased]", in the live tabs, the forms' raw response tabs (the
// one sanctioned change to raw responses, audited here) and the yearly archives, cell notes on those rows included;
// the forms' stored copies of the responses naming the person are deleted (formResponses.ts). The Contacts rows are
// erased last, so a run stopped part-way still finds the person by address on the next run and completes the erasure.

import { SUPPRESSIONS } from '../../../sheets-templates';
import { message } from '../../core/messages';
import type { Language } from '../../core/messages/language';
import { ERASED, erasedCell, identifyingStrings, peopleStrings } from '../../core/privacy/erasure';
import { requireRole } from '../access/roles';
import { discardParticipantCopies_, type ParticipantCopies } from '../events/participantCopies';
import { hashAddress } from '../mail/addressDigest';
import { uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { deleteFormResponses_, responseIdsOf_ } from './formResponses';
import { findPerson_, normaliseAddress, type PersonRow } from './personRows';
import { askAddress_, confirmErasure_, isAddress_ } from './privacyPrompt';

export interface ErasureReport {
  /** Rows changed, by "book › tab". */
  changed: Record<string, number>;
  contactIds: string[];
  /** Visa letters Drive would not trash (another account owns them): left for a person, named in the toast. */
  lettersNotTrashed?: string[];
}

/** The key under which reports count the forms' stored responses deleted. */
export const FORMS_SOURCE = 'Google Forms › responses';
/** The key under which reports count the visa invitation letters moved to the bin (issue 16). */
export const LETTERS_SOURCE = 'Google Drive › visa letters';

/** The visa letter and registration responses of each Participants row among `rows` (live or archived). */
export function participantCopiesOf_(rows: readonly PersonRow[]): ParticipantCopies[] {
  return rows
    .filter((r) => r.tab === 'Participants')
    .map((r) => {
      const at = (h: string) => cellText(r.cells[r.headers.indexOf(h)]);
      return {
        eventId: at('Event'),
        letterUrl: at('Visa letter'),
        responseIds: at('Registration responses'),
      };
    });
}

const CONTACT_GROUP = /^Contact (\d+):\s*(.*)$/i;
const cellText = (v: unknown) => (v instanceof Date ? '' : String(v ?? ''));

/**
 * The strings that identify the people of `emails` in the rows found: the addresses, and the names and phones held
 * with them (a contact row found by id gives its name and phone whatever its address).
 */
export function strings_(rows: readonly PersonRow[], emails: readonly string[]): string[] {
  const values: string[] = [...emails];
  for (const r of rows) for (const email of emails) values.push(...rowStrings_(r, email));
  return identifyingStrings(values);
}

function rowStrings_(r: PersonRow, email: string): string[] {
  const values: string[] = [];
  const at = (h: string) => cellText(r.cells[r.headers.indexOf(h)]);
  if (r.book === 'workbook' && r.tab === 'Contacts') values.push(at('Name'), at('Phone'));
  if (
    r.book === 'workbook' &&
    r.tab === 'Surveys' &&
    email !== '' &&
    at('Respondent email').trim().toLowerCase() === email
  )
    values.push(at('Respondent'));
  // An Applications row, live or archived (Archive history may move closed applications to a yearly archive).
  if (r.tab === 'Applications') {
    if (email !== '' && at('Submitter email').trim().toLowerCase() === email)
      values.push(at('Submitter name'));
    if (email !== '') values.push(...peopleStrings(at('Points of contact'), email));
  }
  // An event participant row (found by the contact's id or an external person's address, issue 16): the name
  // and the personal data it holds, so the Audit's record of its saves loses them too.
  if (r.tab === 'Participants')
    for (const h of PARTICIPANT_PERSONAL_HEADERS) if (h !== 'Gender') values.push(at(h));
  if (r.tab === 'Participants') values.push(at('Name'));
  // A raw application response: the "Contact N: …" group whose email is the person's.
  const groups = new Set<string>();
  r.headers.forEach((h, i) => {
    const m = CONTACT_GROUP.exec(h);
    if (m && email !== '' && /email/i.test(m[2]!) && cellText(r.cells[i]).trim().toLowerCase() === email)
      groups.add(m[1]!);
  });
  r.headers.forEach((h, i) => {
    const m = CONTACT_GROUP.exec(h);
    if (m && groups.has(m[1]!) && /name|phone/i.test(m[2]!)) values.push(cellText(r.cells[i]));
  });
  return values;
}

const where = (r: PersonRow) => `${r.book === 'workbook' ? 'CRM' : r.book} › ${r.tab}`;

function countBySource(rows: readonly PersonRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[where(r)] = (out[where(r)] ?? 0) + 1;
  return out;
}

/**
 * The personal data an event participant row holds beyond names and addresses (issue 16): emptied on erasure, as
 * no string search can tell a passport number or a dietary need is the person's. Role, status and dates stay.
 */
export const PARTICIPANT_PERSONAL_HEADERS = [
  'Email',
  'Gender',
  'Travelling from',
  'Nationality',
  'Passport number',
  'Dietary needs',
  'Access needs',
];

function blankParticipantData_(headers: readonly string[], cells: unknown[]): void {
  for (const h of PARTICIPANT_PERSONAL_HEADERS) {
    const i = headers.indexOf(h);
    if (i >= 0 && cells[i] !== '' && cells[i] !== null) cells[i] = '';
  }
}

/**
 * The rows written last: the Contacts rows (a rerun finds the person by them) and the Participants rows, whose
 * passport, travel and needs are the strings the Audit and raw registration rows are erased by (a stop after a
 * participant row was blanked would leave those copies with nothing left to search for).
 */
const isContact = (r: PersonRow) =>
  (r.book === 'workbook' && r.tab === 'Contacts') || r.tab === 'Participants';

/**
 * Replaces `strings` in each row, the rows `last` picks (by which a rerun finds the work again) after the others;
 * returns the rows changed by source.
 */
export function eraseRows_(
  rows: readonly PersonRow[],
  strings: readonly string[],
  last: (r: PersonRow) => boolean = isContact,
): Record<string, number> {
  const changed: Record<string, number> = {};
  const held = rows.filter(last);
  const contacts = (r: PersonRow) => r.book === 'workbook' && r.tab === 'Contacts';
  // Contacts at the very end: the participant rows they lead a rerun to are written before them.
  const ordered = [
    ...rows.filter((r) => !last(r)),
    ...held.filter((r) => !contacts(r)),
    ...held.filter(contacts),
  ];
  for (const r of ordered) {
    const cells = r.cells.map((c) => erasedCell(c, strings));
    if (r.book === 'workbook' && (r.tab === 'Contacts' || r.tab === 'Sends' || r.tab === 'Suppressions')) {
      const e = r.headers.indexOf('Email');
      if (e >= 0 && cells[e] === ERASED) cells[e] = ''; // an Email cell holds an address or nothing
    }
    if (r.tab === 'Participants') blankParticipantData_(r.headers, cells);
    if (r.book === 'workbook' && r.tab === 'Surveys') {
      const e = r.headers.indexOf('Respondent email');
      if (e >= 0 && cells[e] === ERASED) cells[e] = '';
    }
    const range = r.sheet.getRange(r.row, 1, 1, cells.length);
    // Cell notes on the row may name the person too. They are written before the values: a run stopped between
    // the two still finds the row by its address next time, and does the values then.
    const notes = range.getNotes()[0] ?? [];
    const erasedNotes = notes.map((n) => String(erasedCell(n, strings)));
    const notesChanged = erasedNotes.some((n, i) => n !== notes[i]);
    const valuesChanged = cells.some((c, i) => c !== r.cells[i]);
    if (!notesChanged && !valuesChanged) continue;
    if (notesChanged) range.setNotes([erasedNotes]);
    if (valuesChanged) range.setValues([cells]);
    changed[where(r)] = (changed[where(r)] ?? 0) + 1;
  }
  return changed;
}

/**
 * Anonymises everything held about `address` (or, when it is '', about the contacts `byIds`), under the lock:
 * the hash kept in Suppressions first, then the forms' stored responses, the rows, and the Contacts rows last.
 * Audited as `by` (who and why) with the contact ids and the address hash, never the erased data. Shared by the
 * erasure and by retention (retentionApply.ts).
 */
export function eraseHeld_(
  session: WorkbookSession,
  address: string,
  byIds: readonly string[],
  by: string,
): ErasureReport {
  const hash = address === '' ? '' : hashAddress(address);
  return session.write(() => {
    // The address survives only as its hash, so a later import or form cannot mail it again (once per address).
    const suppressions = session.table(SUPPRESSIONS);
    const held = hash === '' ? [] : suppressions.findRows('addressHash', [hash]);
    if (hash !== '' && !held.some((r) => String(suppressions.cell(r, 'reason')) === 'erased'))
      suppressions.insert(
        [{ email: '', reason: 'erased', addedOn: session.now(), source: 'erasure', addressHash: hash }],
        { summary: `Erased address kept as its hash (sha256 ${hash})` },
      );
    const found = findPerson_(session, address, byIds);
    // The forms' own copies first: their ids are read from Applications rows this run still finds by address.
    const responses = deleteFormResponses_(session, responseIdsOf_(found.rows));
    // Event participants' copies (issue 16): the visa letters to the bin, the registration form's stored
    // responses deleted, before the rows that name them lose the address a rerun finds them by.
    const copies = discardParticipantCopies_(session, participantCopiesOf_(found.rows));
    const changed = eraseRows_(found.rows, strings_(found.rows, [found.email]));
    if (responses + copies.responses > 0) changed[FORMS_SOURCE] = responses + copies.responses;
    if (copies.letters > 0) changed[LETTERS_SOURCE] = copies.letters;
    const notTrashed = copies.failed.map((f) => f.url);
    session.dirty = true;
    session.audit.add({
      action: 'erase',
      tab: 'Contacts',
      recordId: found.contactIds[0] ?? '',
      changes: {},
      summary: `${by}: ${found.contactIds.join(', ') || 'no contact'}, ${hash === '' ? 'no address' : `address sha256 ${hash}`}; rows anonymised: ${
        Object.keys(changed)
          .map((k) => `${k} ${changed[k]}`)
          .join(', ') || 'none'
      }${notTrashed.length > 0 ? `; visa letters not trashed (owned by another account): ${notTrashed.length}` : ''}`,
    });
    return {
      changed,
      contactIds: found.contactIds,
      ...(notTrashed.length > 0 ? { lettersNotTrashed: notTrashed } : {}),
    };
  });
}

/**
 * A source as the confirmation names it, in the admin's language: tab and archive names are the workbook's own
 * (what the admin sees in Sheets); the CRM workbook and the forms' stored responses are named in words.
 */
function sourceLabel_(source: string, lang: Language): string {
  if (source === FORMS_SOURCE) return message('privacy.sourceForms', {}, lang);
  if (source === LETTERS_SOURCE) return message('privacy.sourceLetters', {}, lang);
  return source.indexOf('CRM › ') === 0
    ? `${message('privacy.whereWorkbook', {}, lang)} › ${source.slice('CRM › '.length)}`
    : source;
}

/** Menu action and top-level function. `email` skips the prompt; `confirmed` skips the confirmation. */
export function erasePerson(email?: string, confirmed?: boolean): ErasureReport | null {
  const session = workbook();
  const caller = requireRole(session, ['admin'], 'erase a person');
  const lang = uiLanguage_();
  const title = message('privacy.eraseTitle', {}, lang);
  const address = email === undefined ? askAddress_(title, lang) : normaliseAddress(email);
  if (address === null) return null;
  if (!isAddress_(address)) throw new Error(message('privacy.badEmail', { email: address }, lang));
  if (confirmed !== true) {
    const held = findPerson_(session, address).rows;
    const preview = countBySource(held);
    const ids = responseIdsOf_(held);
    const copies = participantCopiesOf_(held);
    const registrations = copies.reduce(
      (n, c) => n + c.responseIds.split('\n').filter((x) => x.trim()).length,
      0,
    );
    const responses = ids.enquiry.length + ids.application.length + registrations;
    if (responses > 0) preview[FORMS_SOURCE] = responses;
    const letters = copies.filter((c) => c.letterUrl.trim() !== '').length;
    if (letters > 0) preview[LETTERS_SOURCE] = letters;
    const list = Object.keys(preview)
      .map((k) => `${sourceLabel_(k, lang)}: ${preview[k]}`)
      .join(', ');
    const text =
      list === ''
        ? message('privacy.eraseNothing', {}, lang)
        : message('privacy.eraseConfirm', { email: address, list }, lang);
    if (!confirmErasure_(title, text)) return null;
  }
  const report = eraseHeld_(session, address, [], `Erasure by ${caller.email}`);
  const done = message('privacy.eraseDone', { count: Object.keys(report.changed).length }, lang);
  const left = report.lettersNotTrashed
    ? ` ${message('privacy.lettersNotTrashed', { urls: report.lettersNotTrashed.join(', ') }, lang)}`
    : '';
  session.spreadsheet.toast(done + left, title, 15);
  return report;
}
