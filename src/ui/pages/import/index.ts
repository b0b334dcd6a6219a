// The import sidebar: a Zoom, Teams or Meet attendance export, or the comms team's statistics, read here as text
// and previewed by the server (matches by email, name matches to confirm, unmatched people to add or skip, rows it
// cannot use with their lines), then imported. Every text from the file goes in as textContent.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import './import.css';
import type { ImportForm, ImportPreview, PreviewPerson } from '../../../server/imports/importSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { startSidebar } from '../../shared/sidebarShell';
import { dateText, onLanguageChange, valueText } from '../../shared/uiText';
import { type ImportTextKey, t } from './importText';

/** The file's text: UTF-16 when it starts with that byte order mark (Teams writes it, believed), else UTF-8. */
async function fileText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

function labelled(key: ImportTextKey, input: HTMLElement): HTMLElement {
  return element('label', { className: 'field' }, [element('span', { text: t(key) }), input]);
}

function select(name: string, options: { value: string; text: string }[], selected = ''): HTMLSelectElement {
  const s = element('select', { attrs: { name } });
  for (const o of options) {
    const node = element('option', { text: o.text, attrs: { value: o.value } });
    if (o.value === selected) node.selected = true;
    s.append(node);
  }
  return s;
}

async function main(): Promise<void> {
  const shell = await startSidebar('importTitle');
  const form = await shell.call(callServer('getImportForm'));
  if (!form) return;
  shell.useLanguage(form.language);
  const f: ImportForm = form;
  let csv = '';
  let preview: ImportPreview | null = null;
  /** Choices kept across re-renders: name matches confirmed (key → contact), unmatched people to add. */
  const confirmed = new Map<string, string>();
  const adding = new Map<string, { orgId: string; category: string; language: string }>();
  const fileInput = element('input', { attrs: { type: 'file', name: 'file', accept: '.csv,.txt,text/csv' } });
  const chosen = { platform: '', eventId: '', type: 'meeting', title: '', day: '' };

  const request = () => ({
    csv,
    platform: chosen.platform,
    eventId: chosen.eventId,
    title: chosen.title,
    day: chosen.day,
  });

  function fileSection(): HTMLElement {
    const platform = select(
      'platform',
      [
        { value: '', text: t('platform_auto') },
        ...f.platforms.map((p) => ({ value: p, text: t(`platform_${p}` as ImportTextKey) })),
      ],
      chosen.platform,
    );
    platform.addEventListener('change', () => (chosen.platform = platform.value));
    const event = select(
      'eventId',
      [{ value: '', text: t('noEvent') }, ...f.events.map((e) => ({ value: e.id, text: e.name }))],
      chosen.eventId,
    );
    event.addEventListener('change', () => (chosen.eventId = event.value));
    const type = select(
      'type',
      f.types.map((v) => ({ value: v, text: valueText(v) })),
      chosen.type,
    );
    type.addEventListener('change', () => (chosen.type = type.value));
    const title = element('input', {
      attrs: { type: 'text', name: 'title', maxlength: 160, value: chosen.title },
    });
    title.addEventListener('input', () => (chosen.title = title.value));
    const day = element('input', { attrs: { type: 'date', name: 'day', value: chosen.day } });
    day.addEventListener('input', () => (chosen.day = day.value));
    const go = element('button', {
      className: 'action',
      text: t('preview'),
      attrs: { type: 'button', name: 'preview' },
    });
    go.addEventListener('click', () => void runPreview());
    return element('section', {}, [
      labelled('file', fileInput),
      labelled('platform', platform),
      labelled('event', event),
      labelled('type', type),
      labelled('title', title),
      labelled('day', day),
      element('div', { className: 'buttons' }, [go]),
    ]);
  }

  function personLine(p: PreviewPerson, detail: string): HTMLElement[] {
    const who = p.email ? t('person', { name: p.name || p.email, email: p.email }) : p.name;
    const lines: HTMLElement[] = [
      element('div', { text: who }),
      element('div', { className: 'line-detail', text: detail }),
    ];
    if (p.already) lines.push(element('div', { className: 'import-already', text: t('already') }));
    return lines;
  }

  const stayOf = (p: PreviewPerson) =>
    t(p.joins > 1 ? 'stayRejoined' : 'stay', {
      minutes: p.minutes,
      joins: p.joins,
      lines: p.lines.join(', '),
    });

  function matchedCard(p: PreviewPerson, detail: string): HTMLElement {
    const c = p.contacts[0]!;
    return element(
      'div',
      { className: 'import-person', attrs: { 'data-person': p.key, 'data-match': 'email' } },
      [
        ...personLine(p, detail),
        element('div', { className: 'line-detail', text: t('isContact', { name: c.name, org: c.orgName }) }),
      ],
    );
  }

  function nameCard(p: PreviewPerson, detail: string): HTMLElement {
    const box = element('input', { attrs: { type: 'checkbox', name: 'same' } });
    box.checked = confirmed.has(p.key);
    const pick = select(
      'contact',
      p.contacts.map((c) => ({
        value: c.id,
        text: `${c.name} (${c.orgName})${c.email ? ` ${c.email}` : ''}`,
      })),
      confirmed.get(p.key) ?? p.contacts[0]?.id,
    );
    const sync = () => (box.checked ? confirmed.set(p.key, pick.value) : confirmed.delete(p.key));
    box.addEventListener('change', sync);
    pick.addEventListener('change', sync);
    return element(
      'div',
      { className: 'import-person', attrs: { 'data-person': p.key, 'data-match': 'name' } },
      [
        ...personLine(p, detail),
        pick,
        element('label', { className: 'choice' }, [box, ` ${t('samePerson')}`]),
      ],
    );
  }

  function unmatchedCard(p: PreviewPerson, detail: string, mayAdd: boolean): HTMLElement {
    const card = element(
      'div',
      { className: 'import-person', attrs: { 'data-person': p.key, 'data-match': 'none' } },
      personLine(p, detail),
    );
    if (!mayAdd || p.already) return card;
    const how = select(
      'action',
      [
        { value: 'skip', text: t('skip') },
        { value: 'add', text: t('addContact') },
      ],
      adding.has(p.key) ? 'add' : 'skip',
    );
    const was = adding.get(p.key);
    const org = select(
      'orgId',
      f.orgs.map((o) => ({ value: o.id, text: o.name })),
      was?.orgId,
    );
    const category = select(
      'category',
      f.categories.map((c) => ({ value: c, text: valueText(c) })),
      was?.category ?? 'other',
    );
    const lang = select(
      'language',
      f.languages.map((l) => ({ value: l, text: l })),
      was?.language ?? f.languages[0],
    );
    const details = element('div', { className: 'choice' }, [
      labelled('org', org),
      labelled('category', category),
      labelled('language', lang),
    ]);
    const sync = () => {
      details.hidden = how.value !== 'add';
      if (how.value === 'add')
        adding.set(p.key, { orgId: org.value, category: category.value, language: lang.value });
      else adding.delete(p.key);
    };
    for (const s of [how, org, category, lang]) s.addEventListener('change', sync);
    sync();
    card.append(how, details);
    return card;
  }

  function previewSection(v: ImportPreview): HTMLElement[] {
    const out: HTMLElement[] = [
      element('p', {
        className: 'status-line',
        attrs: { 'data-summary': '' },
        text: t('summary', {
          platform: t(`platform_${v.platform}` as ImportTextKey),
          rows: v.table.dataRows,
          line: v.table.headerLine,
        }),
      }),
    ];
    if (v.meeting) {
      out.push(
        element('p', {
          className: 'line-detail',
          text: t('meeting', { title: v.meeting.title || '—', day: dateText(v.meeting.day) }),
        }),
      );
      if (v.meeting.id)
        out.push(element('p', { className: 'line-detail', text: t('meetingId', { id: v.meeting.id }) }));
    }
    if (v.table.after) out.push(element('p', { className: 'line-detail', text: t('after', v.table.after) }));
    const people: { p: PreviewPerson; detail: string }[] =
      v.kind === 'attendance'
        ? v.people.map((p) => ({ p, detail: stayOf(p) }))
        : v.interactions.map((i) => ({
            p: i,
            detail: t('interaction', {
              platform: i.platform,
              interaction: i.interaction,
              count: i.count,
              day: dateText(i.day),
              lines: i.lines.join(', '),
            }),
          }));
    const group = (
      key: ImportTextKey,
      list: typeof people,
      card: (x: (typeof people)[number]) => HTMLElement,
    ) =>
      list.length === 0
        ? []
        : [
            element('h2', { className: 'section-title', text: t(key, { n: list.length }) }),
            ...list.map(card),
          ];
    out.push(
      ...group(
        'matched',
        people.filter((x) => x.p.match === 'email'),
        (x) => matchedCard(x.p, x.detail),
      ),
      ...group(
        'byName',
        people.filter((x) => x.p.match === 'name'),
        (x) => nameCard(x.p, x.detail),
      ),
      ...group(
        'unmatched',
        people.filter((x) => x.p.match === 'none'),
        (x) => unmatchedCard(x.p, x.detail, f.mayAddContacts && v.kind === 'attendance'),
      ),
    );
    if (v.kind === 'stats' && people.some((x) => x.p.match === 'none'))
      out.push(element('p', { className: 'line-detail', text: t('noAddStats') }));
    if (people.length === 0) out.push(element('p', { className: 'status-line', text: t('nonePeople') }));
    if (v.problems.length > 0) {
      out.push(element('h2', { className: 'section-title', text: t('problems', { n: v.problems.length }) }));
      for (const p of v.problems) {
        out.push(
          element('p', {
            className: 'import-problem',
            attrs: { 'data-line': p.line },
            text: t(`problem_${p.kind}` as ImportTextKey, { ...p }),
          }),
        );
      }
    }
    const go = element('button', {
      className: 'action',
      text: t('import'),
      attrs: { type: 'button', name: 'import' },
    });
    go.addEventListener('click', () => void runImport());
    out.push(element('div', { className: 'buttons' }, [go]));
    return out;
  }

  function view(): void {
    shell.main.replaceChildren(fileSection(), ...(preview ? previewSection(preview) : []));
  }

  async function runPreview(): Promise<void> {
    const file = fileInput.files?.[0];
    if (!file && !csv) {
      showToast(t('chooseFile'), 'error');
      return;
    }
    if (file) csv = await fileText(file);
    const v = await shell.call(callServer('previewEngagementImport', request()), t('reading'));
    preview = v ?? null;
    view();
    if (v) document.body.setAttribute('data-previewed', 'true');
  }

  async function runImport(): Promise<void> {
    const r = await shell.call(
      callServer('importEngagements', {
        ...request(),
        confirmed: Object.fromEntries(confirmed),
        add: Object.fromEntries(adding),
        type: chosen.type,
      }),
      t('importing'),
    );
    if (!r) return;
    showToast(
      t('done', {
        n: r.recorded.length,
        already: r.already,
        skipped: r.skipped,
        added: r.contactsAdded.length,
      }),
    );
    confirmed.clear();
    adding.clear();
    await runPreview();
  }

  onLanguageChange(view);
  view();
  document.body.setAttribute('data-loaded', 'true');
}

void main();
