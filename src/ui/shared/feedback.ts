// Toasts, the progress bar and the banner sidebars use to tell the user what is happening.
import { element } from './elements';
import { text } from './uiText';

const TOAST_MS = 6000;

let toasts: HTMLElement | undefined;
let progress: HTMLElement | undefined;
let pending = 0;

/** Mounts the live regions once per page (polite for toasts, so a screen reader reads them). */
export function mountFeedback(parent: HTMLElement): void {
  progress = element(
    'div',
    { className: 'progress', attrs: { role: 'progressbar', 'aria-label': text('loading'), hidden: true } },
    [element('div', { className: 'progress-bar' })],
  );
  toasts = element('div', { className: 'toasts', attrs: { role: 'status', 'aria-live': 'polite' } });
  parent.prepend(progress);
  parent.append(toasts);
}

/** A short message at the bottom of the sidebar; errors stay until dismissed (Escape or their ×). */
export function showToast(message: string, kind: 'info' | 'error' = 'info'): void {
  if (!toasts) return;
  const close = element('button', {
    className: 'toast-close',
    text: '×',
    attrs: { type: 'button', 'aria-label': text('close') },
  });
  const toast = element('div', { className: `toast toast-${kind}` }, [
    element('span', { text: message }),
    close,
  ]);
  close.addEventListener('click', () => toast.remove());
  toasts.append(toast);
  if (kind === 'info') setTimeout(() => toast.remove(), TOAST_MS);
}

/** Removes every toast (Escape). Returns whether there was one. */
export function dismissToasts(): boolean {
  if (!toasts || toasts.childElementCount === 0) return false;
  toasts.replaceChildren();
  return true;
}

/**
 * Shows the progress bar while `work` runs (server calls take one to several seconds in Apps Script),
 * and marks the page busy for assistive technology.
 */
export async function withProgress<T>(work: Promise<T>, label = text('loading')): Promise<T> {
  pending++;
  if (progress) {
    progress.hidden = false;
    progress.setAttribute('aria-label', label);
  }
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await work;
  } finally {
    pending--;
    if (pending === 0) {
      if (progress) progress.hidden = true;
      document.body.removeAttribute('aria-busy');
    }
  }
}

/** A message block in the page (e.g. a refused save), with optional action buttons. */
export function banner(
  kind: 'warning' | 'error' | 'info',
  title: string,
  body: string,
  actions: HTMLElement[] = [],
): HTMLElement {
  return element(
    'div',
    { className: `banner banner-${kind}`, attrs: { role: kind === 'info' ? 'status' : 'alert' } },
    [
      element('strong', { text: title }),
      element('div', { className: 'banner-body', text: body }),
      actions.length > 0 ? element('div', { className: 'buttons' }, actions) : null,
    ],
  );
}
