// Issue 10 item 8: every string a user sees has its French words. Fails when a key, code, stored value, field,
// template, action or title has no French entry, or when a page or a sidebar's server path shows an English literal.

import fs from 'node:fs';
import path from 'node:path';
import { TABS } from '../../../sheets-templates';
import { EMAIL_TEMPLATES } from '../../../sheets-templates/emails';
import * as VOCABULARIES from '../../../sheets-templates/vocabularies';
import { DATE_PATTERNS, displayDay } from '../../../src/core/calendar/displayDate';
import { MESSAGES } from '../../../src/core/messages/catalogue';
import { fieldNote } from '../../../src/core/messages/display';
import {
  FIELD_LABELS_FR,
  FIELD_NOTES_FR,
  TABS_WITH_FRENCH_FIELDS,
} from '../../../src/core/messages/fieldTextFr';
import { ACTIONS_FR, MENU_FR, TITLES_FR } from '../../../src/core/messages/phrasesFr';
import { TEMPLATE_NAMES } from '../../../src/core/messages/templateNames';
import { VOCABULARY_FR } from '../../../src/core/messages/vocabularyFr';
import { MENU } from '../../../src/server/menu/menuDefinition';
import { WATCH_TEXT_TABLES } from '../../../src/ui/pages/city/watchSection';
import { FOLLOW_UPS_TEXT_TABLES } from '../../../src/ui/pages/followups/followUpsText';
import { IMPORT_TEXT_TABLES } from '../../../src/ui/pages/import/importText';
import { MAILING_TEXT_TABLES } from '../../../src/ui/pages/mailing/mailingText';
import { MEETINGS_TEXT_TABLES } from '../../../src/ui/pages/meetings/meetingsText';
import { REVIEW_TEXT_TABLES } from '../../../src/ui/pages/review/reviewText';
import { CHROME_TEXT_TABLES } from '../../../src/workbench/client/chromeText';

// uiText touches `document` only when the language changes; importing it needs no DOM.
const { UI_TEXT_TABLES } =
  require('../../../src/ui/shared/uiText') as typeof import('../../../src/ui/shared/uiText');

const ROOT = path.join(__dirname, '../../..');
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (rel.endsWith('.ts')) out.push(rel);
  }
  return out;
}
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

/** Vocabulary lists that are not words: hub names are proper names kept in the Hubs tab, RTL codes are config. */
const NOT_DISPLAYED = ['HUB_NAMES', 'RTL_LANGUAGES'];

describe('French entries for every user-visible string (issue 10 item 8)', () => {
  it.each([
    ['the sidebars’ text table', UI_TEXT_TABLES],
    ['the review sidebar’s text table', REVIEW_TEXT_TABLES],
    ['the workbench page’s own text table', CHROME_TEXT_TABLES],
    ['the mailing sidebar’s text table', MAILING_TEXT_TABLES],
    ['the follow-ups sidebar’s text table', FOLLOW_UPS_TEXT_TABLES],
    ['the member meetings sidebar’s text table', MEETINGS_TEXT_TABLES],
    ['the import sidebar’s text table', IMPORT_TEXT_TABLES],
    ['the city profile’s watch text table', WATCH_TEXT_TABLES],
  ])('%s: every key has English and French words with the same placeholders', (_name, tables) => {
    const en = tables.en as Record<string, string>;
    const fr = tables.fr as Record<string, string>;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect([key, fr[key]!.trim() !== '']).toEqual([key, true]);
      expect([key, placeholders(fr[key]!)]).toEqual([key, placeholders(en[key]!)]);
    }
  });

  it('every message code has English and French words with the same placeholders', () => {
    const codes = Object.keys(MESSAGES) as (keyof typeof MESSAGES)[];
    expect(codes.length).toBeGreaterThan(60);
    for (const code of codes) {
      const m = MESSAGES[code];
      expect([code, m.en.trim() !== '' && m.fr.trim() !== '']).toEqual([code, true]);
      expect([code, placeholders(m.fr)]).toEqual([code, placeholders(m.en)]);
    }
  });

  it('every group and item of the SCN CRM menu has a French caption', () => {
    const captions = MENU.flatMap((g) => [
      g.caption,
      ...g.items.flatMap((i) => (i === 'separator' ? [] : [i.caption])),
    ]);
    expect(captions.length).toBeGreaterThan(15);
    expect(captions.filter((c) => !MENU_FR[c])).toEqual([]);
    expect(Object.keys(MENU_FR).filter((c) => captions.indexOf(c) < 0)).toEqual([]);
  });

  it('every stored vocabulary value (stages, statuses, categories, types, topics…) has a French display', () => {
    const missing: string[] = [];
    let values = 0;
    for (const [name, list] of Object.entries(VOCABULARIES)) {
      if (!Array.isArray(list) || NOT_DISPLAYED.indexOf(name) >= 0) continue;
      for (const value of list as string[]) {
        values++;
        if (!VOCABULARY_FR[value]) missing.push(`${name}: ${value}`);
      }
    }
    expect(values).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it('every inline dropdown value of every tab has a French display', () => {
    const missing = TABS.flatMap((t) =>
      t.columns.flatMap((c) =>
        (c.values ?? []).filter((v) => !VOCABULARY_FR[v]).map((v) => `${t.name}.${c.key}: ${v}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('every field of the tabs sidebars show has a French label, and every help note a French note', () => {
    const labels: string[] = [];
    const notes: string[] = [];
    for (const name of TABS_WITH_FRENCH_FIELDS) {
      const tab = TABS.find((t) => t.name === name)!;
      for (const c of tab.columns) {
        if (!FIELD_LABELS_FR[`${name}.${c.key}`]) labels.push(`${name}.${c.key}`);
        if (c.note && !FIELD_NOTES_FR[`${name}.${c.key}`]) notes.push(`${name}.${c.key}: ${c.note}`);
      }
    }
    expect(labels).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('every header note setup writes into the grid has French words, for a workbook whose language is French', () => {
    const missing: string[] = [];
    let notes = 0;
    for (const tab of TABS)
      for (const c of tab.columns) {
        if (!c.note) continue;
        notes++;
        if (fieldNote(tab.name, c.key, c.note, 'fr') === c.note)
          missing.push(`${tab.name}.${c.key}: ${c.note}`);
      }
    expect(notes).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it('setup, the grid-edit check, Settings and intake write no English-only sentence: their lines carry codes', () => {
    const files = [
      ...sourceFiles('src/server/setup'),
      'src/server/access/gridAccess.ts',
      'src/server/access/gridEdits.ts',
      'src/server/access/gridEditFlags.ts',
      'src/server/intake/recordEnquiry.ts',
      'src/server/intake/recordApplicationForm.ts',
      'src/server/intake/processSubmission.ts',
      'src/core/intake/recordable.ts',
      'src/core/schema/settings.ts',
      'src/core/workbook/headerRepair.ts',
    ];
    // A sentence handed to a person or stored for one: pushed as a change, notice, issue or problem, returned as a
    // refusal or summary, or given as a help text. Words must come from a message code instead.
    const sentence =
      /(?:(?:changes|notices|issues|notes|problems)\.push\(|return |summary: |reason = |problem: |setHelpText\()\s*[`'"](?:\[\w+\] )?(?:\$\{[^}]+\}:? ?)?([A-Za-z][^`'"]* [^`'"]*)/g;
    const found: string[] = [];
    for (const file of files) for (const m of read(file).matchAll(sentence)) found.push(`${file}: ${m[1]}`);
    expect(found).toEqual([]);
  });

  it('every built-in email template has a name in both languages (English is its own name), never its key', () => {
    for (const [key, def] of Object.entries(EMAIL_TEMPLATES)) {
      expect([key, TEMPLATE_NAMES[key]?.en]).toEqual([key, def.name]);
      expect(TEMPLATE_NAMES[key]?.fr).toBeTruthy();
      expect(TEMPLATE_NAMES[key]?.fr).not.toBe(key);
    }
  });

  it('every action an access refusal names and every sidebar/dialog title in src/server has French words', () => {
    const actions = new Set<string>();
    const titles = new Set<string>();
    for (const file of sourceFiles('src/server')) {
      const src = read(file);
      for (const m of src.matchAll(/require(?:Role|Reader|Reviewer|Hub|OrgEditor_)\(([^;]*?)'([^']+)'\)/gs))
        actions.add(m[2]!);
      for (const m of src.matchAll(/showSidebarPage\(\s*'\w+',\s*'([^']+)'/g)) titles.add(m[1]!);
      for (const m of src.matchAll(/titleText\('([^']+)'\)/g)) titles.add(m[1]!);
    }
    expect(actions.size).toBeGreaterThan(25);
    expect(titles.size).toBeGreaterThan(8);
    expect([...actions].filter((a) => !ACTIONS_FR[a])).toEqual([]);
    expect([...titles].filter((t) => !TITLES_FR[t])).toEqual([]);
  });

  it('the server paths sidebars call throw no English-only sentence: errors carry a message code', () => {
    const dirs = [
      'access',
      'records',
      'cities',
      'contacts',
      'partners',
      'engagements',
      'search',
      'profiles',
      'validate',
      'help',
    ];
    const files = [
      ...dirs.flatMap((d) => sourceFiles(`src/server/${d}`)),
      'src/server/intake/reviewApplication.ts',
      'src/server/intake/stageActions.ts',
    ];
    const literal =
      /new (?:Error|AccessDeniedError|UserError|StaleRecordError|RecordNotFoundError)\(\s*[`'"]([^`'"]*)/g;
    const found: string[] = [];
    for (const file of files) {
      for (const m of read(file).matchAll(literal)) {
        if (!(m[1]! in MESSAGES)) found.push(`${file}: ${m[1]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the pages show no English literal: text in page sources and static HTML comes from the text tables', () => {
    const found: string[] = [];
    const english = new Set(Object.values(UI_TEXT_TABLES.en));
    const french = new Set(Object.values(UI_TEXT_TABLES.fr));
    // Shown before the script knows the language: both languages' words, e.g. "Loading… / Chargement…".
    const bilingual = (t: string) => {
      const [en, fr] = t.split(' / ');
      return en !== undefined && fr !== undefined && english.has(en) && french.has(fr);
    };
    for (const file of sourceFiles('src/ui/pages')) {
      // A literal sentence given as an element's text (a word with a capital and a space) bypasses the tables.
      for (const m of read(file).matchAll(/text: '([A-Z][^']* [^']*)'/g)) found.push(`${file}: ${m[1]}`);
      for (const m of read(file).matchAll(/textContent = '([^']+)'/g)) found.push(`${file}: ${m[1]}`);
    }
    for (const page of fs.readdirSync(path.join(ROOT, 'src/ui/pages'))) {
      const html = path.join('src/ui/pages', page, 'index.html');
      if (!fs.existsSync(path.join(ROOT, html))) continue;
      const texts = read(html)
        .replace(/<[^>]+>/g, '\n')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '' && s !== '…' && s !== 'Strong Cities CRM');
      // A static word is allowed only as the English default the page's script replaces from the table.
      for (const t of texts) if (!english.has(t) && !bilingual(t)) found.push(`${html}: ${t}`);
    }
    expect(found).toEqual([]);
  });

  it('dates read in one format per language, the grid’s (dd/MM/yyyy)', () => {
    expect(DATE_PATTERNS.en.date).toBe('dd/MM/yyyy');
    expect(DATE_PATTERNS.fr.date).toBe('dd/MM/yyyy');
    expect(displayDay('2026-01-05', 'fr')).toBe('05/01/2026');
    expect(displayDay('2026-01-05', 'en')).toBe('05/01/2026');
    expect(displayDay('not a date', 'fr')).toBe('not a date');
  });
});
