// The Peer matches sidebar: suggestions with their score breakdown and rationale; accept, edit or dismiss them,
// then record the exchange and its outcome. Every name and text from the workbook goes in as textContent.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import type { PeerMatchesView, PeerMatchLine } from '../../../server/peers/peerSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { button, startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text, valueText } from '../../shared/uiText';

async function main(): Promise<void> {
  const shell = await startSidebar('peersTitle');
  let data: PeerMatchesView | undefined;
  /** The match whose reason (or outcome) form is open, and which form. */
  let open: { id: string; form: 'dismiss' | 'edit' | 'outcome' } | null = null;

  function field(label: string, name: string, multiline: boolean): HTMLElement {
    const input = multiline
      ? element('textarea', { attrs: { name, rows: 3, 'aria-label': label } })
      : element('input', { attrs: { name, type: 'text', 'aria-label': label } });
    return element('label', { className: 'field' }, [element('span', { text: label }), input]);
  }

  function formFor(m: PeerMatchLine, form: 'dismiss' | 'edit' | 'outcome'): HTMLElement {
    const parts: HTMLElement[] = [];
    if (form === 'edit') parts.push(field(text('peersOffering'), 'offering', false));
    parts.push(
      field(
        text(form === 'outcome' ? 'peersOutcome' : 'peersReason'),
        form === 'outcome' ? 'outcome' : 'reason',
        true,
      ),
    );
    const box = element('div', { className: 'peer-form' }, parts);
    const value = (name: string) =>
      (box.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    const confirm = button('peersConfirm', () => void decide(m, form, value), 'action');
    box.appendChild(element('div', { className: 'buttons' }, [confirm]));
    return box;
  }

  function card(m: PeerMatchLine, canDecide: boolean): HTMLElement {
    const actions: HTMLElement[] = [];
    if (canDecide && m.status === 'proposed') {
      actions.push(button('peersAccept', () => void decide(m, 'accept', () => ''), 'action'));
      actions.push(button('peersEdit', () => toggle(m.id, 'edit')));
      actions.push(button('peersDismiss', () => toggle(m.id, 'dismiss')));
    } else if (canDecide && m.status === 'introduced') {
      actions.push(button('peersExchangeHeld', () => void decide(m, 'exchange', () => ''), 'action'));
    } else if (canDecide && m.status === 'exchange held') {
      actions.push(button('peersRecordOutcome', () => toggle(m.id, 'outcome'), 'action'));
    }
    const form = open && open.id === m.id ? formFor(m, open.form) : null;
    return element('section', { className: 'peer-match', attrs: { 'data-match': m.id } }, [
      element('h2', { text: text('peersSeeks', { seeker: m.seeker, offerer: m.offerer }) }),
      element('div', {
        className: 'line-detail',
        text: text('peersScore', { topic: valueText(m.topic), score: m.score }),
      }),
      element('div', {
        className: 'line-detail peer-breakdown',
        text: `${text('peersBreakdown')}: ${m.breakdown}`,
      }),
      element('p', { className: 'peer-rationale', text: m.rationale }),
      element('div', {
        className: 'line-detail',
        text: text('peersStatus', { status: valueText(m.status) }),
      }),
      m.followUpOn
        ? element('div', { className: 'line-detail', text: text('peersFollowUp', { date: m.followUpOn }) })
        : null,
      actions.length > 0 ? element('div', { className: 'buttons' }, actions) : null,
      form,
    ]);
  }

  function toggle(id: string, form: 'dismiss' | 'edit' | 'outcome'): void {
    open = open && open.id === id && open.form === form ? null : { id, form };
    view();
  }

  function view(): void {
    const d = data;
    if (!d) return;
    const suggest = d.canDecide ? button('peersSuggest', () => void runSuggest(), 'action') : null;
    shell.main.replaceChildren(
      ...(suggest ? [element('div', { className: 'buttons' }, [suggest])] : []),
      ...(d.matches.length === 0
        ? [element('p', { className: 'status-line', text: text('peersNone') })]
        : []),
      ...d.matches.map((m) => card(m, d.canDecide)),
    );
  }

  async function reload(): Promise<void> {
    const d = await shell.call(callServer('getPeerMatches'));
    if (!d) return;
    data = d;
    view();
  }

  async function runSuggest(): Promise<void> {
    const r = await shell.call(callServer('suggestPeerMatches'), text('peersSuggesting'));
    if (!r) return;
    showToast(text('peersSuggested', { written: r.written, needs: r.needs, unmatched: r.unmatched }));
    await reload();
  }

  async function decide(
    m: PeerMatchLine,
    what: 'accept' | 'dismiss' | 'edit' | 'exchange' | 'outcome',
    value: (name: string) => string,
  ): Promise<void> {
    const call =
      what === 'accept'
        ? callServer('acceptPeerMatch', m.id, m.version)
        : what === 'dismiss'
          ? callServer('dismissPeerMatch', m.id, m.version, value('reason'))
          : what === 'edit'
            ? callServer('editPeerMatch', m.id, m.version, value('offering'), value('reason'))
            : what === 'exchange'
              ? callServer('recordPeerProgress', m.id, m.version, 'exchange held', null)
              : callServer('recordPeerProgress', m.id, m.version, 'outcome recorded', value('outcome'));
    const r = await shell.call(call, text('saving'));
    if (!r) return;
    open = null;
    if (what === 'accept') showToast(text('peersAccepted', { n: r.sends.length }));
    else if (what === 'dismiss') showToast(text('peersDismissed'));
    else if (what === 'edit') showToast(text('peersEdited'));
    for (const p of r.problems) showToast(p, 'error');
    await reload();
  }

  onLanguageChange(view);
  const d = await shell.call(callServer('getPeerMatches'));
  if (!d) return;
  shell.useLanguage(d.language);
  data = d;
  view();
  document.body.setAttribute('data-loaded', 'true');
}

void main();
