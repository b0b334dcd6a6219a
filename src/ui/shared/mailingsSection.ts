// The "Mailings received" section of the city and contact profiles: the newest sends, then live and archived counts.

import type { MailingsReceived } from '../../server/profiles/mailingsReceived';
import { element } from './elements';
import { section } from './sidebarShell';
import { text, valueText } from './uiText';

export function mailingsSection(m: MailingsReceived): HTMLElement {
  const items = m.recent.map((l) =>
    element('li', {}, [
      element('div', { className: 'line-title', text: l.name }),
      element('div', { className: 'line-detail', text: `${l.date} · ${valueText(l.status)}` }),
    ]),
  );
  return section('mailingsReceived', [
    items.length > 0
      ? element('ul', { id: 'mailings-received', className: 'plain' }, items)
      : element('p', { className: 'muted', text: text('none') }),
    element('p', {
      id: 'mailings-count',
      className: 'muted',
      text: text('mailingsCount', { n: m.live, m: m.archived }),
    }),
  ]);
}
