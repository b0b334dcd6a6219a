// Type-ahead search over cities, contacts and partners: pure ranking shared by the Find sidebar and its tests.

export type SearchKind = 'city' | 'contact' | 'partner';

/** One searchable record, as the server sends it to the Find sidebar (plain strings only). */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  name: string;
  /** A second line shown under the name: a contact's organisation, a city's country and hub. */
  detail: string;
  email: string;
  country: string;
  /** Contacts whose "Active to" date has passed are still found, but ranked after active ones. */
  inactive: boolean;
}

export interface SearchHit extends SearchEntry {
  score: number;
}

const KIND_ORDER: Record<SearchKind, number> = { city: 0, partner: 1, contact: 2 };

/** Lower case without accents or punctuation, so "montreal" finds "Montréal" and "o'brien" finds "O’Brien". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´.,;:()"/\\_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** How well one query token matches an entry's folded fields; 0 when it does not match at all. */
function tokenScore(token: string, name: string, email: string, country: string, id: string): number {
  if (id === token) return 100;
  if (name.indexOf(token) === 0) return 60;
  if (words(name).some((w) => w.indexOf(token) === 0)) return 45;
  if (email !== '' && email.indexOf(token) === 0) return 40;
  if (email !== '' && email.indexOf(token) > 0) return 20;
  if (words(country).some((w) => w.indexOf(token) === 0)) return 25;
  if (token.length >= 3 && name.indexOf(token) > 0) return 10;
  return 0;
}

/**
 * The entries matching every word of the query (by name, email, country or exact id), best first:
 * whole-name prefix before word prefix before email and country, active before inactive, cities before
 * partners before contacts, then by name. An empty query finds nothing.
 */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = 20): SearchHit[] {
  const tokens = words(foldForSearch(query));
  if (tokens.length === 0) return [];
  const rawId = query.trim().toUpperCase();
  const hits: SearchHit[] = [];
  for (const e of entries) {
    if (e.id === rawId) {
      hits.push({ ...e, score: 1000 });
      continue;
    }
    const name = foldForSearch(e.name);
    const email = e.email.toLowerCase();
    const country = foldForSearch(e.country);
    const id = e.id.toLowerCase();
    let score = 0;
    let all = true;
    for (const t of tokens) {
      const s = tokenScore(t, name, email, country, id);
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (!all) continue;
    if (name === tokens.join(' ')) score += 50;
    if (e.inactive) score -= 30;
    hits.push({ ...e, score });
  }
  hits.sort(
    (a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name),
  );
  return hits.slice(0, limit);
}
