// What scripts show besides the grid: the sidebar (300 px side panel), modal and modeless dialogs, alerts and prompts
// (answered here while the script waits), and toasts.
import { type ChromeKey, label, wt } from './chromeText';
import { el } from './dom';

export class SidePanel {
  readonly root = label(el('aside', { className: 'side-panel', hidden: true }), 'sidebar', 'aria-label');
  private readonly title = el('h2', { className: 'panel-title' });
  private readonly frame = label(el('iframe', { className: 'sidebar-frame' }), 'sidebar', 'title');
  page = '';

  constructor() {
    const close = label(
      el('button', { className: 'icon-button', text: '×', onclick: () => this.close() }),
      'closeSidebar',
      'aria-label',
    );
    this.root.append(el('div', { className: 'panel-head' }, this.title, close), this.frame);
  }

  open(page: string, title: string): void {
    this.page = page;
    this.title.textContent = title;
    this.frame.src = `/sidebar/page/${encodeURIComponent(page)}`;
    this.root.hidden = false;
  }

  close(): void {
    this.page = '';
    this.root.hidden = true;
    this.frame.src = 'about:blank';
  }
}

/** Modal and modeless dialogs of the script's HTML, at the size the script asked for. */
export class DialogLayer {
  private readonly open = new Map<string, HTMLDialogElement>();

  show(page: string, title: string, width: number, height: number, modal: boolean): void {
    const frame = el('iframe', {
      className: 'dialog-frame',
      title,
      src: `/sidebar/page/${encodeURIComponent(page)}`,
    });
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    const dialog = el('dialog', { className: 'html-dialog', 'aria-label': title });
    const close = el('button', {
      className: 'icon-button',
      'aria-label': wt('closeDialog'),
      text: '×',
      onclick: () => this.close(page),
    });
    dialog.append(
      el('div', { className: 'panel-head' }, el('h2', { className: 'panel-title', text: title }), close),
      frame,
    );
    dialog.addEventListener('close', () => this.close(page));
    document.body.append(dialog);
    this.open.set(page, dialog);
    if (modal) dialog.showModal();
    else dialog.show();
  }

  close(page: string): void {
    const d = this.open.get(page);
    if (!d) return;
    this.open.delete(page);
    if (d.open) d.close();
    d.remove();
  }
}

interface Question {
  id: number;
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
}

const BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
/** A button of an alert or prompt in the page's language (Google's own buttons follow the user's language). */
const buttonLabel = (b: string) =>
  ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'].indexOf(b) >= 0 ? wt(b as ChromeKey) : b;

/** Listens for the running script's alerts and prompts (long poll on the alert desk) and answers them. */
export function listenForQuestions(deskOrigin: string): void {
  const loop = async () => {
    for (;;) {
      try {
        const res = await fetch(`${deskOrigin}/question?wait=1`);
        const { question } = (await res.json()) as { question: Question | null };
        if (question) {
          const answer = await ask(question);
          await fetch(`${deskOrigin}/answer`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify({ id: question.id, ...answer }),
          });
        }
      } catch {
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };
  void loop();
}

function ask(q: Question): Promise<{ button: string; text?: string }> {
  return new Promise((resolve) => {
    const dialog = el('dialog', {
      className: 'alert-dialog',
      role: 'alertdialog',
      'aria-label': q.title || wt('message'),
    });
    const input =
      q.kind === 'prompt' ? el('input', { className: 'prompt-input', 'aria-label': q.prompt }) : null;
    const done = (button: string) => {
      dialog.close();
      dialog.remove();
      resolve({ button, ...(input ? { text: input.value } : {}) });
    };
    const buttons = (BUTTONS[q.buttons] ?? ['OK']).map((b, i) =>
      el('button', {
        className: i === 0 ? 'primary' : '',
        'data-button': b,
        text: buttonLabel(b),
        onclick: () => done(b),
      }),
    );
    dialog.append(
      ...(q.title ? [el('h2', { text: q.title })] : []),
      el('p', { className: 'alert-prompt', text: q.prompt }),
      ...(input ? [input] : []),
      el('div', { className: 'dialog-buttons' }, ...buttons),
    );
    // Escape or the close button mean CLOSE, as when a person dismisses the dialog in Sheets.
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done('CLOSE');
    });
    document.body.append(dialog);
    dialog.showModal();
    (input ?? buttons[0]).focus();
  });
}

export class Toasts {
  readonly root = el('div', { className: 'toasts', role: 'status', 'aria-live': 'polite' });

  show(title: string, message: string, seconds: number): void {
    const toast = el(
      'div',
      { className: 'toast' },
      title ? el('strong', { text: title }) : null,
      el('span', { text: message }),
    );
    const close = el('button', {
      className: 'icon-button',
      'aria-label': wt('dismiss'),
      text: '×',
      onclick: () => toast.remove(),
    });
    toast.append(close);
    this.root.append(toast);
    // A negative timeout means the toast stays until dismissed.
    if (seconds >= 0) setTimeout(() => toast.remove(), Math.min(Math.max(seconds, 3), 15) * 1000);
  }
}
