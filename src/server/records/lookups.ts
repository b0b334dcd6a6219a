// Small read-only views sidebars share: hub names, city choices, names by id, an organisation's contacts.
import { CITIES, CONTACTS, HUBS, PARTNERS } from '../../../sheets-templates';
import { formatIsoDate } from '../../core/schema/cells';
import type { WorkbookSession } from '../store/session';

export interface Choice {
  id: string;
  name: string;
}

export interface CityChoice extends Choice {
  hubId: string;
  country: string;
}

export interface ContactSummary {
  id: string;
  name: string;
  orgId: string;
  title: string;
  category: string;
  email: string;
  primary: boolean;
  /** YYYY-MM-DD, or '' while active. */
  activeTo: string;
  active: boolean;
}

export function hubChoices(session: WorkbookSession): Choice[] {
  const t = session.table(HUBS);
  return t.rows().map((r) => ({ id: String(t.cell(r, 'id')), name: String(t.cell(r, 'name')) }));
}

export function cityChoices(session: WorkbookSession): CityChoice[] {
  const t = session.table(CITIES);
  return t
    .rows()
    .map((r) => ({
      id: String(t.cell(r, 'id')),
      name: String(t.cell(r, 'name')),
      hubId: String(t.cell(r, 'hubId')),
      country: String(t.cell(r, 'country')),
    }))
    .filter((c) => c.id !== '')
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function partnerChoices(session: WorkbookSession): Choice[] {
  const t = session.table(PARTNERS);
  return t.rows().map((r) => ({ id: String(t.cell(r, 'id')), name: String(t.cell(r, 'name')) }));
}

/**
 * Names of the given city and partner ids (keyed reads of Cities and Partners: only those rows are read);
 * an id not found keeps no entry.
 */
export function recordNames(session: WorkbookSession, ids: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const def of [CITIES, PARTNERS]) {
    const wanted = [...new Set(ids.filter((id) => id.startsWith(`${def.prefix}-`)))];
    if (wanted.length === 0) continue;
    const t = session.table(def);
    if (!t.exists()) continue;
    for (const r of t.findRows('id', wanted))
      names[String(t.cell(r, 'id')).trim()] = String(t.cell(r, 'name'));
  }
  return names;
}

/** Whether an "Active to" date has passed (a contact who left the role). */
export function endedBefore(activeTo: unknown, today: Date): boolean {
  return activeTo instanceof Date && activeTo.getTime() < today.getTime();
}

/** Contacts of one organisation (or, with no id, of every organisation), active first. */
export function contactSummaries(session: WorkbookSession, orgId?: string): ContactSummary[] {
  const t = session.table(CONTACTS);
  const today = session.now();
  const out: ContactSummary[] = [];
  // One organisation's contacts are a keyed read (only their rows); every contact, a whole read.
  const rows = orgId !== undefined ? t.findRows('orgId', [orgId]) : t.rows();
  for (const r of rows) {
    const org = String(t.cell(r, 'orgId'));
    if (orgId !== undefined && org !== orgId) continue;
    const v = t.values(r);
    const activeTo = v['activeTo'];
    out.push({
      id: String(v['id'] ?? ''),
      name: String(v['name'] ?? ''),
      orgId: org,
      title: String(v['title'] ?? ''),
      category: String(v['category'] ?? ''),
      email: String(v['email'] ?? ''),
      primary: v['primary'] === true,
      activeTo: activeTo instanceof Date ? formatIsoDate(activeTo) : '',
      active: !endedBefore(activeTo, today),
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      Number(b.primary) - Number(a.primary) ||
      a.name.localeCompare(b.name),
  );
}
