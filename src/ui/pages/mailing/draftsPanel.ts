// The mailing sidebar's drafts: save the mailing being prepared as a draft Mailings row (again at its version),
// list the saved drafts and reopen one (src/server/mail/mailingDrafts.ts).
import type { MailingDraftLine, SavedMailingDraft } from '../../../server/mail/mailingDrafts';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { t } from './mailingText';

export interface DraftsState {
  /** The draft being edited, once saved or reopened; the next save goes to it at this version. */
  mailingId: string;
  version: number;
  list: MailingDraftLine[];
  chosen: string;
}

export function newDraftsState(): DraftsState {
  return { mailingId: '', version: 0, list: [], chosen: '' };
}

export async function loadDrafts(shell: Shell, state: DraftsState): Promise<void> {
  const list = await shell.call(callServer('listMailingDrafts'));
  if (list) state.list = list;
}

export function draftsSection(
  shell: Shell,
  state: DraftsState,
  draft: () => unknown,
  reopen: (saved: SavedMailingDraft) => Promise<void>,
  rerender: () => void,
): HTMLElement {
  async function save(): Promise<void> {
    const s = await shell.call(
      callServer(
        'saveMailingDraft',
        draft(),
        state.mailingId || null,
        state.mailingId ? state.version : null,
      ),
    );
    if (!s) return;
    state.mailingId = s.id;
    state.version = s.version;
    showToast(t('draftSaved', { id: s.id, version: s.version }));
    await loadDrafts(shell, state);
    rerender();
  }

  async function open(): Promise<void> {
    if (!state.chosen) return;
    const s = await shell.call(callServer('getMailingDraft', state.chosen));
    if (!s) return;
    state.mailingId = s.id;
    state.version = s.version;
    await reopen(s);
    rerender();
  }

  const select = element('select', { id: 'draft-list' });
  select.append(element('option', { text: t('chooseDraft'), attrs: { value: '' } }));
  for (const d of state.list)
    select.append(
      element('option', {
        text: t('draftLine', { id: d.id, name: d.name || '—', template: d.templateName || '—' }),
        attrs: { value: d.id, selected: d.id === state.chosen },
      }),
    );
  select.addEventListener('change', () => (state.chosen = select.value));
  return element('section', { id: 'drafts' }, [
    element('h2', { text: t('draftsTitle') }),
    state.mailingId
      ? element('p', {
          id: 'draft-editing',
          className: 'status-line',
          text: t('draftEditing', { id: state.mailingId, version: state.version }),
        })
      : null,
    element('div', { className: 'buttons' }, [
      element('button', {
        text: t('saveDraft'),
        id: 'save-draft',
        attrs: { type: 'button' },
        on: { click: () => void save() },
      }),
    ]),
    element('div', { className: 'field' }, [
      element('label', { text: t('openDraftLabel'), attrs: { for: 'draft-list' } }),
      select,
    ]),
    element('button', {
      text: t('openDraft'),
      id: 'open-draft',
      attrs: { type: 'button', disabled: state.list.length === 0 },
      on: { click: () => void open() },
    }),
  ]);
}
