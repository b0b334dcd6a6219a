// The My follow-ups sidebar: the user's open follow-ups by due date (then the team's due ones, for coordinators),
// each with Done, Snooze and Reassign; every text from the workbook goes in as textContent.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import './followups.css';
import type { FollowUpsView, FollowUpView } from '../../../server/relations/followUpSidebar';
import type { HubWatch } from '../../../server/relations/watch';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { startSidebar } from '../../shared/sidebarShell';
import { dateText, onLanguageChange, text, valueText } from '../../shared/uiText';
import { type FollowUpsTextKey, t } from './followUpsText';

function btn(key: FollowUpsTextKey, onClick: () => void, action = false): HTMLButtonElement {
  const b = element('button', { className: action ? 'action' : '', text: t(key), attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

/** YYYY-MM-DD `days` after `iso` (UTC arithmetic on a calendar day). */
function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const shell = await startSidebar('followUpsTitle');
  let data: FollowUpsView | undefined;
  let open: { id: string; form: 'snooze' | 'reassign' } | null = null;
  let adding = false;
  let watch: HubWatch | undefined;

  /** Political contacts of the caller's hub (every hub's, for coordinators) still to re-confirm (issue 17). */
  function reconfirmList(w: HubWatch): HTMLElement[] {
    if (w.unconfirmed.length === 0) return [];
    return [
      element('h2', { className: 'section-title', text: t('reconfirm', { days: w.days }) }),
      ...w.unconfirmed.map((c) =>
        element('section', { className: 'follow-up reconfirm', attrs: { 'data-contact': c.id } }, [
          element('div', {
            className: 'line-detail',
            text: t('reconfirmLine', {
              name: c.name,
              city: c.cityName,
              category: valueText(c.category),
              date: dateText(c.since),
            }),
          }),
          element('div', { className: 'buttons' }, [
            btn('confirm_contact', () => {
              void (async () => {
                const r = await shell.call(callServer('confirmContact', c.id, c.version), text('saving'));
                if (r) showToast(t('confirmed', { name: c.name }));
                await reload();
              })();
            }),
          ]),
        ]),
      ),
    ];
  }

  function labelled(label: string, input: HTMLElement): HTMLElement {
    return element('label', { className: 'field' }, [element('span', { text: label }), input]);
  }

  function staffSelect(d: FollowUpsView, name: string, selected: string): HTMLSelectElement {
    const select = element('select', { attrs: { name } });
    for (const s of d.staff) {
      const o = element('option', { text: s.name, attrs: { value: s.email } });
      if (s.email === selected) o.selected = true;
      select.append(o);
    }
    return select;
  }

  function formFor(d: FollowUpsView, f: FollowUpView, form: 'snooze' | 'reassign'): HTMLElement {
    const input =
      form === 'snooze'
        ? element('input', {
            attrs: {
              type: 'date',
              name: 'until',
              value: plusDays(d.today, 7),
              min: plusDays(d.today, 1),
              max: plusDays(d.today, d.maxSnoozeDays),
            },
          })
        : staffSelect(d, 'owner', d.staff.find((s) => s.email !== f.owner)?.email ?? '');
    const box = element('div', { className: 'follow-up-form' }, [
      labelled(t(form === 'snooze' ? 'snoozeUntil' : 'reassignTo'), input),
    ]);
    const value = () => (input as HTMLInputElement | HTMLSelectElement).value;
    box.append(
      element('div', { className: 'buttons' }, [btn('confirm', () => void act(f, form, value()), true)]),
    );
    return box;
  }

  function card(d: FollowUpsView, f: FollowUpView, showOwner: boolean): HTMLElement {
    const state = f.state === 'due' ? t('state_due') : t(`state_${f.state}`, { date: dateText(f.due) });
    const details: HTMLElement[] = [
      element('div', {
        className: `line-detail follow-up-due follow-up-${f.state}`,
        text: f.snoozed ? `${state} ${t('snoozedNote')}` : state,
      }),
    ];
    if (showOwner)
      details.push(element('div', { className: 'line-detail', text: t('owner', { name: f.ownerName }) }));
    if (f.cityName)
      details.push(element('div', { className: 'line-detail', text: t('city', { name: f.cityName }) }));
    if (f.recordId)
      details.push(element('div', { className: 'line-detail', text: t('onRecord', { id: f.recordId }) }));
    return element('section', { className: 'follow-up', attrs: { 'data-followup': f.id } }, [
      element('h2', { text: f.what }),
      ...details,
      element('div', { className: 'buttons' }, [
        btn('done', () => void act(f, 'done', ''), true),
        btn('snooze', () => toggle(f.id, 'snooze')),
        btn('reassign', () => toggle(f.id, 'reassign')),
      ]),
      open && open.id === f.id ? formFor(d, f, open.form) : null,
    ]);
  }

  function addForm(d: FollowUpsView): HTMLElement {
    const what = element('input', { attrs: { type: 'text', name: 'what', maxlength: 500 } });
    const due = element('input', { attrs: { type: 'date', name: 'dueOn', value: plusDays(d.today, 7) } });
    const owner = staffSelect(d, 'owner', d.me);
    const record = element('input', { attrs: { type: 'text', name: 'recordId', maxlength: 20 } });
    const add = btn(
      'addButton',
      () =>
        void (async () => {
          const r = await shell.call(
            callServer('addFollowUp', {
              what: what.value,
              dueOn: due.value,
              owner: owner.value,
              recordId: record.value,
            }),
            text('saving'),
          );
          if (!r) return;
          showToast(t('added', { id: r.id }));
          adding = false;
          await reload();
        })(),
      true,
    );
    return element('div', { className: 'follow-up-form follow-up-add' }, [
      labelled(t('what'), what),
      labelled(t('dueOn'), due),
      labelled(t('ownerLabel'), owner),
      labelled(t('recordLabel'), record),
      element('div', { className: 'buttons' }, [add]),
    ]);
  }

  function toggle(id: string, form: 'snooze' | 'reassign'): void {
    open = open && open.id === id && open.form === form ? null : { id, form };
    view();
  }

  function view(): void {
    const d = data;
    if (!d) return;
    const parts: HTMLElement[] = [
      element('div', { className: 'buttons' }, [
        btn('add', () => {
          adding = !adding;
          view();
        }),
      ]),
    ];
    if (adding) parts.push(addForm(d));
    parts.push(element('h2', { className: 'section-title', text: t('mine') }));
    if (d.mine.length === 0) parts.push(element('p', { className: 'status-line', text: t('noneMine') }));
    parts.push(...d.mine.map((f) => card(d, f, false)));
    if (d.team) {
      parts.push(element('h2', { className: 'section-title', text: t('team') }));
      if (d.team.length === 0) parts.push(element('p', { className: 'status-line', text: t('noneTeam') }));
      parts.push(...d.team.map((f) => card(d, f, true)));
    }
    if (watch) parts.push(...reconfirmList(watch));
    shell.main.replaceChildren(...parts);
  }

  async function reload(): Promise<void> {
    const d = await shell.call(callServer('getFollowUps'));
    if (!d) return;
    data = d;
    watch = await shell.call(callServer('getHubWatch', null));
    view();
  }

  async function act(f: FollowUpView, what: 'done' | 'snooze' | 'reassign', value: string): Promise<void> {
    const call =
      what === 'done'
        ? callServer('completeFollowUp', f.id, f.version)
        : what === 'snooze'
          ? callServer('snoozeFollowUp', f.id, f.version, value)
          : callServer('reassignFollowUp', f.id, f.version, value);
    const r = await shell.call(call, text('saving'));
    open = null;
    if (r) {
      if (what === 'done') showToast(t('marked', { id: r.id }));
      else if (what === 'snooze') showToast(t('snoozed', { id: r.id, date: dateText(r.due) }));
      else showToast(t('reassigned', { id: r.id, name: r.ownerName }));
    }
    // Refused (someone changed it meanwhile, or it is done already): the error toast says why; show what is there now.
    await reload();
  }

  onLanguageChange(view);
  const d = await shell.call(callServer('getFollowUps'));
  if (!d) return;
  shell.useLanguage(d.language);
  data = d;
  watch = await shell.call(callServer('getHubWatch', null));
  view();
  document.body.setAttribute('data-loaded', 'true');
}

void main();
