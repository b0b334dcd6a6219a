// The outbox: every email the scripts sent, newest first, each shown as its recipient sees it (sandboxed frame).
import { displayDateTime } from '../../core/calendar/displayDate';
import { api, type OutboxItem } from './api';
import { chromeLanguage, label, wt } from './chromeText';
import { clear, el } from './dom';

export class Outbox {
  readonly root = label(el('section', { className: 'outbox', hidden: true }), 'outboxTitle', 'aria-label');
  private readonly list = el('ul', { className: 'outbox-list', role: 'list' });
  private readonly viewer = el('div', { className: 'outbox-viewer' });

  constructor() {
    const close = label(
      el('button', { className: 'icon-button', text: '×', onclick: () => this.toggle(false) }),
      'closeOutbox',
      'aria-label',
    );
    this.root.append(
      el(
        'div',
        { className: 'panel-head' },
        label(el('h2', { className: 'panel-title' }), 'outboxTitle'),
        close,
      ),
      this.list,
      this.viewer,
    );
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  async toggle(open = this.root.hidden): Promise<void> {
    this.root.hidden = !open;
    if (open) await this.refresh();
  }

  async refresh(): Promise<void> {
    const items = await api.outbox();
    clear(this.list);
    if (items.length === 0) this.list.append(el('li', { className: 'empty', text: wt('noEmail') }));
    for (const m of items) {
      const button = el(
        'button',
        { className: 'outbox-item', 'data-id': m.id, onclick: () => this.showMessage(m) },
        el('span', { className: 'to', text: m.to.join(', ') }),
        el('span', { className: 'subject', text: m.subject }),
        // The CRM's one date format (src/core/calendar/displayDate.ts), as the sidebars and the grid show dates.
        el('time', { text: displayDateTime(new Date(m.sentAt), chromeLanguage()) }),
      );
      this.list.append(el('li', {}, button));
    }
  }

  showMessage(m: OutboxItem): void {
    clear(this.viewer);
    const row = (label: string, value: string) =>
      value
        ? el(
            'div',
            { className: 'mail-field' },
            el('span', { className: 'label', text: label }),
            el('span', { text: value }),
          )
        : null;
    const fields = [
      row(wt('from'), m.name ? `${m.name} <${m.from}>` : m.from),
      row(wt('to'), m.to.join(', ')),
      row(wt('cc'), m.cc.join(', ')),
      row(wt('replyTo'), m.replyTo ?? ''),
    ].filter((f): f is HTMLDivElement => f !== null);
    this.viewer.append(
      el('h3', { className: 'mail-subject', text: m.subject }),
      ...fields,
      el('iframe', {
        className: 'mail-body',
        title: wt('emailFrame', { subject: m.subject }),
        sandbox: 'allow-popups allow-popups-to-escape-sandbox',
        src: `/outbox/${encodeURIComponent(m.id)}`,
      }),
    );
  }
}
