// The mailing sidebar's Drive files: paste a file's link or ID, attach it or insert its link, see its name and size,
// remove it; the check before sending judges sizes and sharing (src/server/mail/attachments.ts).
import { element } from '../../shared/elements';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { t } from './mailingText';

export type FileUse = 'attach' | 'link';

/** One chosen file as the sidebar shows it; only fileId and use go to the server with the draft. */
export interface ChosenFile {
  fileId: string;
  use: FileUse;
  name: string;
  readable: boolean;
  size: number;
}

export interface FilesState {
  files: ChosenFile[];
  reference: string;
}

export function newFilesState(): FilesState {
  return { files: [], reference: '' };
}

/** The draft's Attachments list. */
export function draftFiles(state: FilesState): { fileId: string; use: FileUse }[] {
  return state.files.map((f) => ({ fileId: f.fileId, use: f.use }));
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Replaces the list with a reopened draft's files, each read again from Drive for its name. */
export async function reopenFiles(
  shell: Shell,
  state: FilesState,
  saved: readonly { fileId: string; use: FileUse }[],
): Promise<void> {
  const out: ChosenFile[] = [];
  for (const f of saved) {
    const info = await shell.call(callServer('lookupMailingFile', f.fileId));
    out.push({
      fileId: f.fileId,
      use: f.use,
      name: info?.name ?? '',
      readable: info?.readable ?? false,
      size: info?.size ?? 0,
    });
  }
  state.files = out;
}

export function filesSection(shell: Shell, state: FilesState, rerender: () => void): HTMLElement {
  async function add(use: FileUse): Promise<void> {
    const info = await shell.call(callServer('lookupMailingFile', state.reference));
    if (!info) return;
    state.files = state.files.filter((f) => f.fileId !== info.fileId);
    state.files.push({ fileId: info.fileId, use, name: info.name, readable: info.readable, size: info.size });
    state.reference = '';
    rerender();
  }

  const input = element('input', {
    id: 'file-reference',
    attrs: {
      type: 'text',
      maxlength: 300,
      value: state.reference,
      placeholder: 'https://drive.google.com/…',
    },
  });
  input.addEventListener('input', () => (state.reference = input.value));
  const items = state.files.map((f) =>
    element('li', { attrs: { 'data-file': f.fileId, 'data-use': f.use } }, [
      element('span', {
        text: f.readable
          ? t(f.use === 'attach' ? 'fileAttached' : 'fileLinked', { name: f.name, size: sizeText(f.size) })
          : t('fileUnreadable', { id: f.fileId }),
        className: f.readable ? '' : 'error',
      }),
      ' ',
      element('button', {
        text: t('fileRemove'),
        className: 'remove-file',
        attrs: { type: 'button', 'aria-label': t('fileRemoveNamed', { name: f.name || f.fileId }) },
        on: {
          click: () => {
            state.files = state.files.filter((x) => x.fileId !== f.fileId);
            rerender();
          },
        },
      }),
    ]),
  );
  return element('section', { id: 'files' }, [
    element('h2', { text: t('filesTitle') }),
    element('div', { className: 'field' }, [
      element('label', { text: t('fileReference'), attrs: { for: 'file-reference' } }),
      input,
    ]),
    element('div', { className: 'buttons' }, [
      element('button', {
        text: t('fileAttach'),
        id: 'attach-file',
        attrs: { type: 'button' },
        on: { click: () => void add('attach') },
      }),
      element('button', {
        text: t('fileLink'),
        id: 'link-file',
        attrs: { type: 'button' },
        on: { click: () => void add('link') },
      }),
    ]),
    items.length > 0
      ? element('ul', { className: 'plain', id: 'file-list' }, items)
      : element('p', { className: 'help', text: t('filesNone') }),
  ]);
}
