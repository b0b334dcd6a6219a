// The frame every CRM sidebar shares: title, language switch, progress, toasts, Escape, and the context it opened with.

import { element } from './elements';
import { dismissToasts, mountFeedback, showToast, withProgress } from './feedback';
import { callServer } from './rpc';
import { type Language, language, onLanguageChange, setLanguage, type TextKey, text } from './uiText';

/** What the server appended when it opened the sidebar (src/server/records/sidebarPages.ts). */
export interface SidebarContext {
  id?: string;
  orgId?: string;
  cityId?: string;
}

export interface Shell {
  main: HTMLElement;
  context: SidebarContext;
  /** Runs a server call with the progress bar; failures become an error toast and resolve to undefined. */
  call<T>(work: Promise<T>, label?: string): Promise<T | undefined>;
  /** Adopts the language the server says the user reads (locale or their own switch). */
  useLanguage(lang: string): void;
  setTitle(key: TextKey): void;
  /** Registers what Escape does in this page when no toast is open (e.g. clear the search). */
  onEscape(handler: () => void): void;
}

function readContext(): SidebarContext {
  const node = document.getElementById('scn-context');
  if (!node?.textContent) return {};
  try {
    const parsed = JSON.parse(node.textContent) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as SidebarContext) : {};
  } catch {
    return {};
  }
}

/** Waits for the whole document: the context element is appended after the page's own script. */
function documentReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function startSidebar(titleKey: TextKey): Promise<Shell> {
  await documentReady();
  let title = titleKey;
  const heading = element('h1', { text: text(title) });
  const switchLabel = element('label', {
    className: 'visually-hidden',
    attrs: { for: 'ui-language' },
    text: text('languageLabel'),
  });
  const switcher = element('select', { id: 'ui-language', className: 'language-switch' }, [
    element('option', { text: 'English', attrs: { value: 'en', lang: 'en' } }),
    element('option', { text: 'Français', attrs: { value: 'fr', lang: 'fr' } }),
  ]);
  const header = element('header', { className: 'sidebar-header' }, [heading, switchLabel, switcher]);
  const main = element('main', { className: 'sidebar-main' });
  const app = document.getElementById('app') ?? document.body;
  app.replaceChildren(header, main);
  mountFeedback(app);
  let onEscapeKey: (() => void) | undefined;

  onLanguageChange(() => {
    heading.textContent = text(title);
    switchLabel.textContent = text('languageLabel');
    switcher.value = language();
  });
  switcher.addEventListener('change', () => {
    const lang = switcher.value as Language;
    setLanguage(lang);
    callServer('setUiLanguage', lang).catch((e) =>
      showToast(text('error', { message: errorMessage(e) }), 'error'),
    );
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented) return;
    if (dismissToasts()) return;
    onEscapeKey?.();
  });

  return {
    main,
    context: readContext(),
    async call(work, label) {
      try {
        return await withProgress(work, label);
      } catch (e) {
        showToast(text('error', { message: errorMessage(e) }), 'error');
        return undefined;
      }
    },
    useLanguage(lang) {
      if (lang === 'en' || lang === 'fr') setLanguage(lang);
      switcher.value = language();
    },
    setTitle(key) {
      title = key;
      heading.textContent = text(key);
    },
    onEscape(handler) {
      onEscapeKey = handler;
    },
  };
}

/** A section with a heading (pages re-render on a language switch, so labels are plain text). */
export function section(key: TextKey, children: (HTMLElement | null)[] = []): HTMLElement {
  return element('section', {}, [element('h2', { text: text(key) }), ...children]);
}

/** A button labelled from the text table. */
export function button(
  key: TextKey,
  onClick: () => void,
  kind: 'action' | 'plain' = 'plain',
  params: Record<string, string | number> = {},
): HTMLButtonElement {
  const b = element('button', {
    className: kind === 'action' ? 'action' : '',
    text: text(key, params),
    attrs: { type: 'button' },
  });
  b.addEventListener('click', onClick);
  return b;
}
