// The mailing sidebar's "to check by hand" list: sends the sent-folder search gave up on, each with the person's
// answer after looking in the Sent folder — mark it sent, or put it back in the queue (server: unknownSends.ts).
import type { UnknownSend } from '../../../server/mail/sending/unknownSends';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { t } from './mailingText';

export interface UnknownState {
  list: UnknownSend[];
  more: number;
}

export function newUnknownState(): UnknownState {
  return { list: [], more: 0 };
}

export async function loadUnknown(shell: Shell, state: UnknownState): Promise<void> {
  const r = await shell.call(callServer('listUnknownSends'));
  if (!r) return;
  state.list = r.list;
  state.more = r.more;
}

/** Nothing when no send waits for a person. */
export function unknownSection(shell: Shell, state: UnknownState, rerender: () => void): HTMLElement | null {
  if (state.list.length === 0 && state.more === 0) return null;
  async function resolve(u: UnknownSend, outcome: 'sent' | 'requeue'): Promise<void> {
    const r = await shell.call(callServer('resolveUnknownSend', u.sendId, outcome));
    if (!r) return;
    state.list = r.list;
    state.more = r.more;
    showToast(t(outcome === 'sent' ? 'unknownMarkedSent' : 'unknownRequeued', { id: u.sendId }));
    rerender();
  }
  const items = state.list.map((u) =>
    element('li', { attrs: { 'data-send': u.sendId } }, [
      element('span', {
        text: t('unknownLine', { id: u.sendId, mailing: u.mailingName, email: u.email }),
      }),
      element('div', { className: 'buttons' }, [
        element('button', {
          text: t('unknownMarkSent'),
          className: 'mark-sent',
          attrs: { type: 'button' },
          on: { click: () => void resolve(u, 'sent') },
        }),
        element('button', {
          text: t('unknownRequeue'),
          className: 'requeue',
          attrs: { type: 'button' },
          on: { click: () => void resolve(u, 'requeue') },
        }),
      ]),
    ]),
  );
  return element('section', { id: 'unknown-sends' }, [
    element('h2', { text: t('unknownTitle', { n: state.list.length + state.more }) }),
    element('p', { className: 'help', text: t('unknownHelp') }),
    element('ul', { className: 'plain' }, items),
    state.more > 0 ? element('p', { text: t('unknownMore', { n: state.more }) }) : null,
  ]);
}
