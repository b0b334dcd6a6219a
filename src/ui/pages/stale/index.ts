// The Stale profiles sidebar: cities not reviewed for N days, by hub, with a one-click request to the hub's staff.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import type { StaleProfilesView } from '../../../server/profiles/staleProfiles';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { button, startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';

async function main(): Promise<void> {
  const shell = await startSidebar('staleTitle2');
  let data: StaleProfilesView | undefined;

  function view(): void {
    const d = data;
    if (!d) return;
    const groups = d.hubs.map((h) => {
      const items = h.cities.map((c) => {
        const open = element('button', {
          className: 'link',
          text: c.name,
          attrs: { type: 'button', 'aria-label': text('open', { name: c.name }) },
        });
        open.addEventListener(
          'click',
          () => void shell.call(callServer('openSidebar', { page: 'city', id: c.id })),
        );
        const when = c.daysSince === null ? text('neverShort') : text('daysAgo', { days: c.daysSince });
        return element('li', {}, [open, element('div', { className: 'line-detail', text: when })]);
      });
      const ask = button('requestReviews', () => void request(ask, h.hubId), 'plain', {
        n: h.recipients.length,
      });
      ask.setAttribute('data-hub', h.hubId);
      ask.disabled = h.recipients.length === 0;
      return element('section', {}, [
        element('h2', { text: `${h.hubName} (${h.cities.length})` }),
        element('ul', { className: 'plain' }, items),
        d.canRequest ? element('div', { className: 'buttons' }, [ask]) : null,
        d.canRequest && h.recipients.length === 0
          ? element('p', { className: 'help', text: text('noRecipients') })
          : null,
      ]);
    });
    shell.main.replaceChildren(
      element('p', {
        className: 'status-line',
        text:
          d.hubs.length === 0 ? text('noneStale', { days: d.days }) : text('staleIntro', { days: d.days }),
      }),
      ...groups,
    );
  }

  async function request(b: HTMLButtonElement, hubId: string): Promise<void> {
    b.disabled = true;
    const result = await shell.call(callServer('requestProfileReviews', hubId), text('saving'));
    b.disabled = false;
    if (result) showToast(text('requestSent', { who: result.sentTo.join(', ') }));
  }

  onLanguageChange(view);
  const d = await shell.call(callServer('getStaleProfiles'));
  if (!d) return;
  shell.useLanguage(d.language);
  data = d;
  view();
  document.body.setAttribute('data-loaded', 'true');
}

void main();
