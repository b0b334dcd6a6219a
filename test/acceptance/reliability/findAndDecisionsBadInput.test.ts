// Issue 5 bad input through Find and the coordinator's decisions: naughty contact names in getSearchIndex and the
// pure search, naughty queries; decline reasons and more-information messages stored exactly (trimmed) or refused
// naming "Reason", emailed escaped in HTML and exact in text. `npm run test:soak` tries the whole corpus.

import { APPLICATIONS, CONTACTS } from '../../../sheets-templates';
import { foldForSearch, type SearchEntry, searchEntries } from '../../../src/core/search/searchIndex';
import { corpus, mustStore, sampledCorpus } from '../../support/reliability/corpus';
import { COORDINATOR, SEED, seededWorkbook } from '../../support/reliability/fixtures';
import { APP_ID, underReview } from '../../support/reliability/intakeFixtures';
import { noFormulas, type Violation } from '../../support/reliability/invariants';
import { newTally, record } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { OWNER, recordRows } from '../../support/reliability/workbookView';

const tally = newTally();
afterAll(() => reportTally('find and decisions bad input', tally));

const short = (s: string) =>
  `${JSON.stringify(s.slice(0, 40))}${s.length > 40 ? `… (${s.length} chars)` : ''}`;
// Text-only cells hold text exactly as typed (README "Text kept as typed").
const text = (v: unknown) => String(v ?? '');

describe('Find: naughty names in the index, naughty queries in the search', () => {
  it('each contact saved with a naughty name is indexed exactly and found by its own name', () => {
    const strings = sampledCorpus(24);
    const emu = seededWorkbook();
    const found: Violation[] = [];
    const saved: string[] = [];
    for (const { text: s, class: cls } of strings) {
      const r = emu.run<{ ok: boolean; kind?: string; message?: string }>(
        'saveContact',
        [{ fields: { orgId: SEED.cities[0], name: s, category: 'practitioner', language: 'en' } }],
        { user: OWNER },
      );
      if (r.status !== 'ok') found.push({ check: 'save', detail: `${short(s)}: ${r.status} ${r.error}` });
      else if (r.value?.ok) saved.push(s);
      else if (mustStore(cls))
        found.push({
          check: 'floor',
          detail: `${short(s)} (${cls}) refused, must be stored: ${r.value?.message}`,
        });
      else if (!/Name/.test(r.value?.message ?? ''))
        found.push({
          check: 'refusal',
          detail: `${short(s)} refused without naming Name: ${r.value?.message}`,
        });
    }
    const index = emu.run<{ entries: SearchEntry[] }>('getSearchIndex', [], { user: OWNER });
    if (index.status !== 'ok') throw new Error(`getSearchIndex ${index.status}: ${index.error}`);
    const entries = index.value!.entries;
    const stored = recordRows(emu, CONTACTS).map((c) => text(c.cells['name']));
    for (const s of saved) {
      const name = stored.find((n) => n === s || n === s.trim());
      if (name === undefined) {
        found.push({ check: 'exact', detail: `${short(s)} not stored exactly` });
        continue;
      }
      if (!entries.some((e) => e.kind === 'contact' && e.name === name))
        found.push({ check: 'index', detail: `${short(s)} not in the search index as stored` });
      // Its own name finds it, unless folding leaves no word to search by (punctuation or marks only).
      if (foldForSearch(name) !== '' && !searchEntries(entries, name, 1000).some((h) => h.name === name))
        found.push({ check: 'search', detail: `${short(s)} not found by its own name` });
    }
    found.push(...noFormulas(emu));
    tally.strings += strings.length;
    expect(record(tally, found, 'find index')).toEqual([]);
  });

  it('every corpus string as a query: no error, at most the limit, only entries matching every word', () => {
    const entries: SearchEntry[] = corpus(200).map((name, i) => ({
      kind: 'contact',
      id: `CON-${String(i).padStart(6, '0')}`,
      name,
      detail: '',
      email: `c${i}@example.org`,
      country: 'Jordan',
      inactive: false,
    }));
    const found: Violation[] = [];
    const queries = corpus();
    for (const q of queries) {
      try {
        const hits = searchEntries(entries, q);
        if (hits.length > 20) found.push({ check: 'limit', detail: `${short(q)}: ${hits.length} hits` });
        if (foldForSearch(q) === '' && hits.length > 0)
          found.push({ check: 'empty', detail: `${short(q)} folds to nothing yet found ${hits.length}` });
      } catch (e) {
        found.push({ check: 'throws', detail: `${short(q)}: ${String(e)}` });
      }
    }
    tally.strings += queries.length;
    expect(record(tally, found, 'find query')).toEqual([]);
  });
});

/** A tag the reason could inject: none belongs to the decision templates' HTML. */
const INJECTED_TAG = /<(script|img|svg|iframe|object|embed)\b/i;

describe.each([['declineApplication'], ['requestMoreInformation']] as const)(
  '%s with a naughty reason',
  (fn) => {
    it.each(sampledCorpus(6, { everySection: false }).map((s) => [short(s.text), s.text, s.class] as const))(
      '%s: stored exactly or refused naming Reason; emailed safely',
      (label, s, cls) => {
        const emu = underReview();
        const version = Number(recordRows(emu, APPLICATIONS).find((r) => r.id === APP_ID)?.cells['version']);
        const before = emu.backend.stores.comms.mail.outbox.length;
        const r = emu.run(fn, [APP_ID, s, version], { user: COORDINATOR });
        const found: Violation[] = [];
        if (r.status !== 'ok' && mustStore(cls))
          found.push({ check: 'floor', detail: `${cls} reason refused, must be stored: ${r.error}` });
        else if (r.status !== 'ok') {
          if (!/^((User)?Error: )?Reason: /.test(String(r.error)))
            found.push({ check: 'refusal', detail: `refused without naming Reason: ${r.error}` });
        } else {
          const app = recordRows(emu, APPLICATIONS).find((x) => x.id === APP_ID)!;
          const stored = text(app.cells['decisionReason']);
          if (stored !== s.trim()) found.push({ check: 'exact', detail: `stored ${short(stored)}` });
          const mail = emu.backend.stores.comms.mail.outbox.slice(before);
          if (mail.length !== 1) found.push({ check: 'email', detail: `${mail.length} emails` });
          for (const m of mail) {
            // Email text bodies end lines with LF (renderEmail), whatever the reason's CR or CR LF.
            if (!m.body.includes(s.trim().replace(/\r\n?/g, '\n')))
              found.push({ check: 'text', detail: 'the text body lacks the exact reason' });
            const html = m.htmlBody ?? '';
            if (/[<>&"]/.test(s) && html.includes(s.trim()))
              found.push({ check: 'html', detail: 'the reason is in the HTML body unescaped' });
            if (INJECTED_TAG.test(html))
              found.push({ check: 'html', detail: 'a tag from the reason is live in the HTML' });
          }
          found.push(...noFormulas(emu));
        }
        tally.strings++;
        expect(record(tally, found, `${fn} ${label}`)).toEqual([]);
      },
    );
  },
);
