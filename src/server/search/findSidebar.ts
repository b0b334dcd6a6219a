// Members › Find: the search index the Find sidebar filters as the user types, and opening what they chose.

import { CITIES, CONTACTS, PARTNERS, type TabDef } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import type { SearchEntry, SearchKind } from '../../core/search/searchIndex';
import { cityChoices, endedBefore, hubChoices, partnerChoices } from '../records/lookups';
import { requireReader } from '../records/sidebarAccess';
import { type SidebarContext, selectRow, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';

export interface SearchIndex {
  language: UiLanguage;
  entries: SearchEntry[];
}

/** Menu action: SCN CRM › Members › Find a city, contact or partner. */
export function showFind(): void {
  showSidebarPage('find', 'Find');
}

/**
 * Everything the Find sidebar searches, sent once when it opens: the type-ahead then runs in the browser
 * (no server call per keystroke, which would cost a full execution each time).
 */
export function getSearchIndex(): SearchIndex {
  const session = workbook();
  requireReader(session, 'search the network');
  const hubs: Record<string, string> = {};
  for (const h of hubChoices(session)) hubs[h.id] = h.name;
  const orgNames: Record<string, string> = {};
  const entries: SearchEntry[] = [];
  for (const c of cityChoices(session)) {
    orgNames[c.id] = c.name;
    entries.push({
      kind: 'city',
      id: c.id,
      name: c.name,
      detail: [c.country, hubs[c.hubId] ?? ''].filter(Boolean).join(' · '),
      email: '',
      country: c.country,
      inactive: false,
    });
  }
  const partners = session.table(PARTNERS);
  for (const p of partnerChoices(session)) orgNames[p.id] = p.name;
  for (const r of partners.rows()) {
    const id = String(partners.cell(r, 'id'));
    const country = String(partners.cell(r, 'country'));
    entries.push({
      kind: 'partner',
      id,
      name: String(partners.cell(r, 'name')),
      detail: country,
      email: '',
      country,
      inactive: false,
    });
  }
  const contacts = session.table(CONTACTS);
  const today = session.now();
  // Only the columns the index shows (Contacts is the largest tab Find reads; no history tab is read).
  for (const r of contacts.columnRows(['id', 'orgId', 'name', 'email', 'activeTo'])) {
    const org = String(contacts.cell(r, 'orgId'));
    entries.push({
      kind: 'contact',
      id: String(contacts.cell(r, 'id')),
      name: String(contacts.cell(r, 'name')),
      detail: orgNames[org] ?? org,
      email: String(contacts.cell(r, 'email')),
      country: '',
      inactive: endedBefore(contacts.cell(r, 'activeTo'), today),
    });
  }
  return { language: uiLanguage_(), entries: entries.filter((e) => e.id !== '') };
}

const TABS: Record<SearchKind, TabDef> = { city: CITIES, contact: CONTACTS, partner: PARTNERS };
const TITLES: Record<SearchKind, string> = { city: 'City profile', contact: 'Contact', partner: 'Partner' };

export interface OpenRequest {
  page: 'city' | 'contact' | 'partner' | 'engagement' | 'needs' | 'find';
  /** The record to show (city, contact, partner). */
  id?: string;
  /** For a new contact: the city or partner it belongs to. */
  orgId?: string;
  /** For logging engagement: the city to pre-fill. */
  cityId?: string;
}

const ID = /^[A-Z]{3}-\d{6,}$/;

/**
 * Opens a sidebar from another sidebar (Find, a city's contact list…). With a record id, the record's row
 * is selected in the sheet too. Readers only: the sidebar opened checks its own rights when it loads.
 */
export function openSidebar(request: OpenRequest): { opened: string } {
  const session = workbook();
  requireReader(session, 'open records');
  const context: SidebarContext = {};
  for (const key of ['id', 'orgId', 'cityId'] as const) {
    const v = request?.[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string' || !ID.test(v))
      throw new UserError('sidebar.notId', { key, value: String(v).slice(0, 40) });
    context[key] = v;
  }
  const page = request?.page;
  if (page === 'find') showSidebarPage('find', 'Find');
  else if (page === 'engagement') showSidebarPage('engagement', 'Log engagement', context);
  else if (page === 'needs') showSidebarPage('needs', 'Record needs', context);
  else if (page === 'city' || page === 'contact' || page === 'partner') {
    const def = TABS[page];
    if (context.id) {
      const table = session.table(def);
      const row = table.findRow(context.id);
      if (!row) throw new UserError('store.notFound', { tab: def.name, id: context.id });
      selectRow(session, def.name, row.row, table.headers().length);
    }
    showSidebarPage(page, TITLES[page], context);
  } else throw new UserError('sidebar.noSuchPage', { page: String(page) });
  return { opened: String(page) };
}
