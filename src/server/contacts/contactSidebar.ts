// Members › Contact: one contact's form (new or existing) with its organisation and the cities it may move to.
import { CITIES, CONTACTS, PARTNERS } from '../../../sheets-templates';
import { message, titleText, UserError } from '../../core/messages';
import { archivedTotals_ } from '../archive/archivedTotals';
import { type MailingsReceived, mailingsReceived_ } from '../profiles/mailingsReceived';
import { type PlainRecord, plainRecord } from '../records/formSave';
import { type CityChoice, cityChoices } from '../records/lookups';
import { mayEditHub, requireReader } from '../records/sidebarAccess';
import { selectedRowValues, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';

export interface OrgRef {
  kind: 'city' | 'partner';
  id: string;
  name: string;
  /** The city's hub ('' for partners). */
  hubId: string;
}

export interface ContactForm {
  language: UiLanguage;
  /** null for a new contact. */
  contact: PlainRecord | null;
  org: OrgRef;
  canEdit: boolean;
  /** Cities the caller may move this contact to (their hub's only, for hub staff). */
  moveTargets: CityChoice[];
  lists: { languages: string[] };
  /** The mailings sent to this contact (live sends by key, archived ones counted); null for a new contact. */
  mailings: MailingsReceived | null;
}

/** Menu action: opens the contact selected in the Contacts tab (or Find when none is). */
export function showContact(): void {
  const session = workbook();
  const row = selectedRowValues(session, CONTACTS);
  const id = row ? String(row['id'] ?? '').trim() : '';
  if (id === '') {
    session.spreadsheet.toast(message('toast.selectContact'), titleText('Contact'), 5);
    showSidebarPage('find', 'Find');
    return;
  }
  showSidebarPage('contact', 'Contact', { id });
}

/** Menu action: a new contact for the city (or partner) selected in the Cities (or Partners) tab. */
export function showNewContact(): void {
  const session = workbook();
  const city = selectedRowValues(session, CITIES);
  const partner = city ? null : selectedRowValues(session, PARTNERS);
  const orgId = String((city ?? partner)?.['id'] ?? '').trim();
  if (orgId === '') {
    session.spreadsheet.toast(message('toast.selectOrg'), titleText('New contact'), 5);
    showSidebarPage('find', 'Find');
    return;
  }
  showSidebarPage('contact', 'New contact', { orgId });
}

/** The organisation a contact belongs to: a city (with its hub) or a partner. */
export function orgOf_(session: WorkbookSession, orgId: string): OrgRef {
  if (orgId.indexOf(`${PARTNERS.prefix}-`) === 0) {
    const p = session.table(PARTNERS).get(orgId);
    return { kind: 'partner', id: p.id, name: String(p.values['name'] ?? ''), hubId: '' };
  }
  const c = session.table(CITIES).get(orgId);
  return {
    kind: 'city',
    id: c.id,
    name: String(c.values['name'] ?? ''),
    hubId: String(c.values['hubId'] ?? ''),
  };
}

/** Called by the Contact sidebar: an existing contact by id, or a blank form for a new one in `orgId`. */
export function getContact(id: string | null, orgId: string | null): ContactForm {
  const session = workbook();
  const caller = requireReader(session, 'read contacts');
  let contact: PlainRecord | null = null;
  let org = String(orgId ?? '');
  if (id) {
    contact = plainRecord(CONTACTS, session.table(CONTACTS).get(String(id)));
    org = String(contact.values['orgId'] ?? '');
  }
  if (org === '') throw new UserError('sidebar.contactOrg');
  const ref = orgOf_(session, org);
  // Partner contacts are edited by coordinators; city contacts by their city's hub too.
  const canEdit =
    ref.kind === 'partner'
      ? caller.role === 'admin' || caller.role === 'coordinator'
      : mayEditHub(caller, ref.hubId);
  const { settings } = session.settings();
  return {
    language: uiLanguage_(),
    contact,
    org: ref,
    canEdit,
    moveTargets: canEdit
      ? cityChoices(session).filter((c) => mayEditHub(caller, c.hubId) && c.id !== ref.id)
      : [],
    lists: { languages: settings.languages },
    mailings: contact
      ? mailingsReceived_(session, [contact.id], archivedTotals_(session, 'contact', contact.id).sends)
      : null,
  };
}
