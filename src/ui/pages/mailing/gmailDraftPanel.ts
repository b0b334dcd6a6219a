// The mailing sidebar's Gmail-draft picker: the user's Gmail drafts (subject, date), the chosen one's content and
// problems, and "Use as template": the draft becomes a Templates variant the mailing then uses.
import type { GmailDraftContent, GmailDraftItem } from '../../../server/mail/gmailDraftSource';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { language } from '../../shared/uiText';

const EN = {
  title: 'Start from a Gmail draft',
  list: 'List my Gmail drafts',
  none: 'No drafts in your Gmail.',
  choose: '— choose a draft —',
  draft: 'Gmail draft',
  counts: '{images} inline image(s), {files} attachment(s)',
  name: 'Template name',
  language: 'Variant language',
  use: 'Use as template',
};
const FR: Record<keyof typeof EN, string> = {
  title: 'Partir d’un brouillon Gmail',
  list: 'Lister mes brouillons Gmail',
  none: 'Aucun brouillon dans votre Gmail.',
  choose: '— choisissez un brouillon —',
  draft: 'Brouillon Gmail',
  counts: '{images} image(s) intégrée(s), {files} pièce(s) jointe(s)',
  name: 'Nom du modèle',
  language: 'Langue de la variante',
  use: 'En faire le modèle',
};

/** Both tables, for a check that every key has its French words. */
export const GMAIL_DRAFT_TEXT = { en: EN, fr: FR } as const;

function t(key: keyof typeof EN, params: Record<string, string | number> = {}): string {
  const template = (language() === 'fr' ? FR : EN)[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export interface GmailDraftState {
  drafts?: GmailDraftItem[];
  chosen?: GmailDraftContent;
  name: string;
  language: string;
}

export function newGmailDraftState(): GmailDraftState {
  return { name: '', language: '' };
}

/**
 * The picker. `languages` are the workbook's; `made(templateName)` is called once the draft is a template (the page
 * reloads its template list and selects it).
 */
export function gmailDraftSection(
  shell: Shell,
  state: GmailDraftState,
  languages: readonly string[],
  made: (templateName: string) => void,
  rerender: () => void,
): HTMLElement {
  async function list(): Promise<void> {
    const d = await shell.call(callServer('listGmailDrafts'));
    if (!d) return;
    state.drafts = d;
    state.chosen = undefined;
    rerender();
  }

  async function choose(id: string): Promise<void> {
    if (!id) return;
    const c = await shell.call(callServer('getGmailDraftContent', id));
    if (!c) return;
    state.chosen = c;
    if (!state.name)
      state.name = c.subject
        .replace(/\{\{[^}]*\}\}/g, '')
        .trim()
        .slice(0, 120);
    rerender();
  }

  async function use(): Promise<void> {
    const c = state.chosen;
    if (!c) return;
    const lang = state.language || languages[0] || 'en';
    const r = await shell.call(callServer('templateFromGmailDraft', c.draftId, state.name, lang));
    if (!r) return;
    showToast(r.message);
    made(r.templateName);
  }

  const children: HTMLElement[] = [
    element('h2', { text: t('title') }),
    element('button', {
      text: t('list'),
      id: 'gmail-drafts-list',
      attrs: { type: 'button' },
      on: { click: () => void list() },
    }),
  ];
  if (state.drafts && state.drafts.length === 0)
    children.push(element('p', { id: 'gmail-drafts-none', text: t('none') }));
  if (state.drafts && state.drafts.length > 0) {
    const select = element('select', { id: 'gmail-draft' });
    select.append(element('option', { text: t('choose'), attrs: { value: '' } }));
    for (const d of state.drafts)
      select.append(
        element('option', {
          text: `${d.subject} — ${d.date}`,
          attrs: { value: d.draftId, selected: state.chosen?.draftId === d.draftId },
        }),
      );
    select.addEventListener('change', () => void choose(select.value));
    children.push(
      element('div', { className: 'field' }, [
        element('label', { text: t('draft'), attrs: { for: 'gmail-draft' } }),
        select,
      ]),
    );
  }
  const c = state.chosen;
  if (c) {
    children.push(
      element('p', { id: 'gmail-draft-subject', text: c.subject }),
      element('p', {
        id: 'gmail-draft-counts',
        text: t('counts', { images: c.inlineImages.length, files: c.attachments.length }),
      }),
    );
    if (c.problems.length > 0)
      children.push(
        element(
          'ul',
          { id: 'gmail-draft-problems' },
          c.problems.map((p) => element('li', { text: p })),
        ),
      );
    const name = element('input', { id: 'gmail-template-name', attrs: { type: 'text', value: state.name } });
    name.addEventListener('input', () => (state.name = name.value));
    const lang = element('select', { id: 'gmail-template-language' });
    for (const l of languages)
      lang.append(element('option', { text: l, attrs: { value: l, selected: l === state.language } }));
    lang.addEventListener('change', () => (state.language = lang.value));
    children.push(
      element('div', { className: 'field' }, [
        element('label', { text: t('name'), attrs: { for: 'gmail-template-name' } }),
        name,
      ]),
      element('div', { className: 'field' }, [
        element('label', { text: t('language'), attrs: { for: 'gmail-template-language' } }),
        lang,
      ]),
      element('button', {
        className: 'action',
        text: t('use'),
        id: 'gmail-template-make',
        attrs: { type: 'button', disabled: c.problems.length > 0 },
        on: { click: () => void use() },
      }),
    );
  }
  return element('section', { id: 'gmail-drafts' }, children);
}
