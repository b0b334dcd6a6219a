// The outbox: every email the scripts sent, newest first, each shown as its recipient sees it (sandboxed frame).
import { displayDateTime } from '../../core/calendar/displayDate';
import { api, type OutboxItem } from './api';
import { clear, el } from './dom';

export class Outbox {
  readonly root = el('section', { className: 'outbox', hidden: true, 'aria-label': 'Outbox' });
  private readonly list = el('ul', { className: 'outbox-list', role: 'list' });
  private readonly viewer = el('div', { className: 'outbox-viewer' });

  constructor() {
    const close = el('button', {
      className: 'icon-button',
      'aria-label': 'Close outbox',
      text: '×',
      onclick: () => this.toggle(false),
    });
    this.root.append(
      el('div', { className: 'panel-head' }, el('h2', { className: 'panel-title', text: 'Outbox' }), close),
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
    if (items.length === 0) this.list.append(el('li', { className: 'empty', text: 'No email sent yet.' }));
    for (const m of items) {
      const button = el(
        'button',
        { className: 'outbox-item', 'data-id': m.id, onclick: () => this.showMessage(m) },
        el('span', { className: 'to', text: m.to.join(', ') }),
        el('span', { className: 'subject', text: m.subject }),
        // The CRM's one date format (src/core/calendar/displayDate.ts), as the sidebars and the grid show dates.
        el('time', { text: displayDateTime(new Date(m.sentAt), 'en') }),
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
      row('From', m.name ? `${m.name} <${m.from}>` : m.from),
      row('To', m.to.join(', ')),
      row('Cc', m.cc.join(', ')),
      row('Reply-To', m.replyTo ?? ''),
    ].filter((f): f is HTMLDivElement => f !== null);
    this.viewer.append(
      el('h3', { className: 'mail-subject', text: m.subject }),
      ...fields,
      el('iframe', {
        className: 'mail-body',
        title: `Email: ${m.subject}`,
        sandbox: 'allow-popups allow-popups-to-escape-sandbox',
        src: `/outbox/${encodeURIComponent(m.id)}`,
      }),
    );
  }
}
