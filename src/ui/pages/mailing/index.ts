// The New mailing sidebar: name, template and audience filters; the audience with its exclusions; the check; previews and a test.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import type { MailingCheckView } from '../../../server/mail/checkView';
import type { SavedMailingDraft } from '../../../server/mail/mailingDrafts';
import type { AudienceView, MailingSetup, RecipientPreview } from '../../../server/mail/mailingSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, valueText } from '../../shared/uiText';
import { draftsSection, loadDrafts, newDraftsState } from './draftsPanel';
import { draftFiles, filesSection, newFilesState, reopenFiles } from './filesPanel';
import { gmailDraftSection, newGmailDraftState } from './gmailDraftPanel';
import { type MailingTextKey, reasonKey, t } from './mailingText';
import { newSendingState, sendingSection } from './sendingPanel';
import { loadUnknown, newUnknownState, unknownSection } from './unknownPanel';

type ListFilter =
  | 'statuses'
  | 'hubIds'
  | 'countries'
  | 'categories'
  | 'languages'
  | 'topics'
  | 'eventIds'
  | 'eventStatuses';

const FILTER_LABELS: Record<ListFilter, MailingTextKey> = {
  statuses: 'statuses',
  hubIds: 'hubs',
  countries: 'countries',
  categories: 'categories',
  languages: 'languages',
  topics: 'topics',
  eventIds: 'events',
  eventStatuses: 'eventStatuses',
};

async function main(): Promise<void> {
  const shell = await startSidebar('mailingTitle');
  let setup: MailingSetup | undefined;
  let audience: AudienceView | undefined;
  let check: MailingCheckView | undefined;
  let preview: RecipientPreview | undefined;
  const gmailDrafts = newGmailDraftState();
  const sending = newSendingState();
  const files = newFilesState();
  const drafts = newDraftsState();
  const unknown = newUnknownState();
  const state = { name: '', templateName: '', savedList: '', recipient: '', variant: '' };
  const chosen: Record<ListFilter, string[]> = {
    statuses: [],
    hubIds: [],
    countries: [],
    categories: [],
    languages: [],
    topics: [],
    eventIds: [],
    eventStatuses: [],
  };

  const draft = () => {
    const a: Record<string, unknown> = {};
    for (const k of Object.keys(chosen) as ListFilter[]) if (chosen[k].length > 0) a[k] = chosen[k];
    if (state.savedList) a['savedList'] = state.savedList;
    return {
      name: state.name,
      templateName: state.templateName,
      audience: a,
      attachments: draftFiles(files),
    };
  };

  function labelled(key: MailingTextKey, control: HTMLElement, id: string): HTMLElement {
    control.id = id;
    return element('div', { className: 'field' }, [
      element('label', { text: t(key), attrs: { for: id } }),
      control,
    ]);
  }

  function options(
    select: HTMLSelectElement,
    items: { value: string; label: string }[],
    selected: string[],
  ): void {
    for (const i of items)
      select.append(
        element('option', {
          text: i.label,
          attrs: { value: i.value, selected: selected.indexOf(i.value) >= 0 },
        }),
      );
  }

  function filterField(
    key: ListFilter,
    items: { value: string; label: string }[],
    hint: MailingTextKey = 'anyHint',
  ): HTMLElement {
    const select = element('select', {
      attrs: { multiple: true, size: Math.min(5, Math.max(2, items.length)) },
    });
    select.setAttribute('data-filter', key);
    options(select, items, chosen[key]);
    select.addEventListener('change', () => {
      chosen[key] = Array.from(select.selectedOptions).map((o) => o.value);
    });
    const field = labelled(FILTER_LABELS[key], select, `filter-${key}`);
    field.append(element('p', { className: 'help', text: t(hint) }));
    return field;
  }

  function audienceSection(): HTMLElement | null {
    const a = audience;
    if (!a) return null;
    const byReason = a.excluded.map((e) =>
      element('li', {
        text: t('excludedLine', { name: e.name, email: e.email, reason: t(reasonKey(e.reason)) }),
        attrs: { 'data-reason': e.reason, 'data-contact': e.contactId },
      }),
    );
    const counts = (Object.keys(a.counts) as (keyof AudienceView['counts'])[])
      .filter((r) => a.counts[r] > 0)
      .map((r) => element('li', { text: `${t(reasonKey(r))}: ${a.counts[r]}`, attrs: { 'data-count': r } }));
    const total = a.matched - a.count;
    return element('section', { id: 'audience' }, [
      element('p', {
        className: 'status-line',
        id: 'audience-count',
        text: t('audienceCount', { count: a.count, matched: a.matched }),
      }),
      element('h2', { text: t('sample') }),
      element(
        'ul',
        { className: 'plain', id: 'sample' },
        a.sample.map((s) => element('li', { text: `${s.name} <${s.email}> · ${s.org}` })),
      ),
      total > 0
        ? element('details', { id: 'excluded' }, [
            element('summary', { text: t('excludedTitle', { n: total }) }),
            element('ul', { className: 'plain' }, counts),
            element('ul', { className: 'plain' }, byReason),
          ])
        : null,
    ]);
  }

  function checkSection(): HTMLElement | null {
    const c = check;
    if (!c) return null;
    const langs = Object.keys(c.perLanguage)
      .map((l) => `${l} ${c.perLanguage[l]}`)
      .join(', ');
    return element('section', { id: 'check', attrs: { 'data-ok': String(c.ok) } }, [
      element('p', { className: 'status-line', text: t(c.ok ? 'checkOk' : 'checkBlocked') }),
      element(
        'ul',
        { className: 'plain', id: 'check-messages' },
        c.messages.map((m) => element('li', { text: m })),
      ),
      langs ? element('p', { text: t('perLanguage', { list: langs }) }) : null,
      c.variants.length > 0
        ? element('details', { id: 'variants' }, [
            element('summary', { text: t('variantsTitle') }),
            element(
              'ul',
              { className: 'plain' },
              c.variants.map((v) =>
                element('li', {
                  text: t('variantLine', {
                    name: v.name,
                    email: v.email,
                    language: v.language,
                    reason: t(`why_${v.reason}`),
                  }),
                }),
              ),
            ),
          ])
        : null,
    ]);
  }

  function previewSection(): HTMLElement {
    const recipients = element('select');
    const sample = audience?.sample ?? [];
    options(
      recipients,
      sample.map((s) => ({ value: s.contactId, label: `${s.name} <${s.email}>` })),
      [state.recipient],
    );
    recipients.addEventListener('change', () => (state.recipient = recipients.value));
    if (!state.recipient && sample[0]) state.recipient = sample[0].contactId;
    const variant = element('select');
    options(variant, [{ value: '', label: t('theirVariant') }], [state.variant]);
    options(
      variant,
      (preview?.variants ?? []).map((v) => ({ value: v, label: v })),
      [state.variant],
    );
    variant.addEventListener('change', () => (state.variant = variant.value));
    const out: (HTMLElement | null)[] = [];
    const p = preview;
    if (p) {
      const frame = element('iframe', { attrs: { sandbox: '', title: t('htmlFrame'), id: 'preview-html' } });
      frame.srcdoc = p.htmlBody; // sandboxed: no script, no same-origin access; field values are escaped by the server
      out.push(
        element('p', {
          id: 'preview-to',
          text: t('previewTo', { to: p.to, language: p.language, reason: t(`why_${p.reason}`) }),
        }),
        element('p', { id: 'preview-subject', text: t('previewSubject', { subject: p.subject }) }),
        element('pre', { id: 'preview-text', text: p.textBody, attrs: { dir: p.direction } }),
        frame,
      );
    }
    return element('section', { id: 'preview' }, [
      element('h2', { text: t('previewTitle') }),
      sample.length === 0 ? element('p', { className: 'help', text: t('showAudienceFirst') }) : null,
      labelled('recipient', recipients, 'preview-recipient'),
      labelled('variant', variant, 'preview-variant'),
      element('div', { className: 'buttons' }, [
        element('button', {
          text: t('preview'),
          id: 'do-preview',
          attrs: { type: 'button', disabled: sample.length === 0 },
          on: { click: () => void doPreview() },
        }),
        element('button', {
          text: t('sendTest'),
          id: 'do-test',
          attrs: { type: 'button', disabled: sample.length === 0 },
          on: { click: () => void doTest() },
        }),
      ]),
      ...out,
    ]);
  }

  function view(): void {
    const s = setup;
    if (!s) return;
    const name = element('input', { attrs: { type: 'text', maxlength: 160, value: state.name } });
    name.addEventListener('input', () => (state.name = name.value));
    const template = element('select');
    options(template, [{ value: '', label: t('chooseTemplate') }], [state.templateName]);
    options(
      template,
      s.templates.map((n) => ({ value: n, label: n })),
      [state.templateName],
    );
    template.addEventListener('change', () => (state.templateName = template.value));
    const saved = element('select');
    options(saved, [{ value: '', label: t('noSavedList') }], [state.savedList]);
    options(
      saved,
      s.savedLists.map((m) => ({ value: m.id, label: m.name })),
      [state.savedList],
    );
    saved.addEventListener('change', () => (state.savedList = saved.value));
    const plain = (xs: string[]) => xs.map((x) => ({ value: x, label: valueText(x) }));
    shell.main.replaceChildren(
      labelled('name', name, 'mailing-name'),
      labelled('template', template, 'mailing-template'),
      gmailDraftSection(shell, gmailDrafts, s.languages, (name) => void templateMade(name), view),
      element('h2', { text: t('filters') }),
      filterField('statuses', plain(s.statuses)),
      filterField(
        'hubIds',
        s.hubs.map((h) => ({ value: h.id, label: h.name })),
      ),
      filterField(
        'countries',
        s.countries.map((c) => ({ value: c, label: c })),
      ),
      filterField('categories', plain(s.categories)),
      filterField(
        'languages',
        s.languages.map((l) => ({ value: l, label: l })),
      ),
      filterField('topics', plain(s.topics)),
      filterField(
        'eventIds',
        s.events.map((e) => ({ value: e.id, label: `${e.name} (${e.startsOn})` })),
      ),
      filterField('eventStatuses', plain(s.participantStatuses), 'eventStatusesHint'),
      labelled('savedList', saved, 'saved-list'),
      element('div', { className: 'buttons' }, [
        element('button', {
          text: t('showAudience'),
          id: 'show-audience',
          attrs: { type: 'button' },
          on: { click: () => void showAudience() },
        }),
        element('button', {
          className: 'action',
          text: t('check'),
          id: 'do-check',
          attrs: { type: 'button' },
          on: { click: () => void doCheck() },
        }),
      ]),
      filesSection(shell, files, view),
      ...[audienceSection(), checkSection(), previewSection()].filter((x): x is HTMLElement => x !== null),
      sendingSection(
        shell,
        sending,
        draft,
        check?.ok === true,
        view,
        () => (drafts.mailingId ? { mailingId: drafts.mailingId, version: drafts.version } : null),
        () => {
          drafts.mailingId = '';
          drafts.version = 0;
        },
      ),
      draftsSection(shell, drafts, draft, reopen, view),
      unknownSection(shell, unknown, view) ?? '',
    );
  }

  /** A reopened draft replaces the form; what was shown for the previous one is cleared. */
  async function reopen(saved: SavedMailingDraft): Promise<void> {
    const d = saved.draft;
    state.name = d.name;
    state.templateName = d.templateName;
    const a = d.audience as Partial<Record<ListFilter, string[]>> & { savedList?: string };
    for (const k of Object.keys(chosen) as ListFilter[]) chosen[k] = (a[k] ?? []).slice();
    state.savedList = a.savedList ?? '';
    await reopenFiles(shell, files, d.attachments);
    audience = undefined;
    check = undefined;
    preview = undefined;
  }

  async function showAudience(): Promise<void> {
    const a = await shell.call(callServer('previewAudience', draft()));
    if (!a) return;
    audience = a;
    state.recipient = a.sample[0]?.contactId ?? '';
    preview = undefined;
    view();
  }

  async function doCheck(): Promise<void> {
    const c = await shell.call(callServer('checkMailingDraft', draft()));
    if (!c) return;
    check = c;
    view();
  }

  async function doPreview(): Promise<void> {
    if (!state.recipient) return;
    const p = await shell.call(
      callServer('previewMailingRecipient', draft(), state.recipient, state.variant || null),
    );
    if (!p) return;
    preview = p;
    view();
  }

  async function doTest(): Promise<void> {
    if (!state.recipient) return;
    const r = await shell.call(
      callServer('sendMailingTest', draft(), state.recipient, state.variant || null),
    );
    if (r) showToast(t('testSent', { to: r.to }));
  }

  /** A Gmail draft became template `name`: the template list read again, that template chosen. */
  async function templateMade(name: string): Promise<void> {
    const again = await shell.call(callServer('getMailingSetup'));
    if (!again) return;
    setup = again;
    state.templateName = name;
    view();
  }

  onLanguageChange(view);
  const s = await shell.call(callServer('getMailingSetup'));
  if (!s) return;
  shell.useLanguage(s.language);
  setup = s;
  await loadDrafts(shell, drafts);
  await loadUnknown(shell, unknown);
  view();
  document.body.setAttribute('data-loaded', 'true');
}

void main();
