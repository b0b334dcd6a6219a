// The occurrences of one series in the Member meetings sidebar: move or cancel one, and the attendance checklist with
// action points (owner and due day each) for a meeting that has taken place.
import type { Occurrence } from '../../../server/relations/meetingOccurrences';
import type { MeetingsView } from '../../../server/relations/meetingSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { text } from '../../shared/uiText';
import { t } from './meetingsText';
import { btn, input, labelled, utcParts } from './parts';

interface Draft {
  attended: Set<string>;
  items: { what: string; owner: string; dueOn: string }[];
}

export interface OccurrencesPanel {
  /** The occurrences' cards for the series shown (none while it loads). */
  render(d: MeetingsView): HTMLElement[];
  load(eventId: string): Promise<void>;
  /** The series whose occurrences are shown ('' for none). */
  current(): string;
  close(): void;
}

export function occurrencesPanel(shell: Shell, refresh: () => void): OccurrencesPanel {
  let eventId = '';
  let list: Occurrence[] = [];
  let open: { id: string; form: 'move' | 'cancel' | 'attendance' } | null = null;
  let moveTo = '';
  const drafts = new Map<string, Draft>();

  async function load(id: string): Promise<void> {
    eventId = id;
    const r = await shell.call(callServer('listMeetingOccurrences', id));
    if (r) list = r;
    refresh();
  }

  function toggle(id: string, form: 'move' | 'cancel' | 'attendance', start = ''): void {
    open = open && open.id === id && open.form === form ? null : { id, form };
    moveTo = start.slice(0, 16);
    refresh();
  }

  async function move(o: Occurrence, to: string | null): Promise<void> {
    const r = await shell.call(
      callServer('rescheduleMeetingOccurrence', o.id, to === null ? null : `${to}:00Z`),
      text('saving'),
    );
    if (!r) return;
    open = null;
    showToast(to === null ? t('cancelled', utcParts(o.start)) : t('moved', utcParts(r.start)));
    await load(eventId);
  }

  function draftOf(o: Occurrence, me: string): Draft {
    let d = drafts.get(o.id);
    if (!d) {
      d = { attended: new Set(), items: [{ what: '', owner: me, dueOn: '' }] };
      drafts.set(o.id, d);
    }
    return d;
  }

  async function record(o: Occurrence, draft: Draft): Promise<void> {
    const r = await shell.call(
      callServer('recordMeetingAttendance', {
        instanceId: o.id,
        attended: [...draft.attended],
        actionItems: draft.items,
      }),
      text('saving'),
    );
    if (!r) return; // refused: the toast names the field; the draft is kept as typed
    drafts.delete(o.id);
    open = null;
    showToast(t(r.again ? 'recordedAgain' : 'recorded', { id: r.engagementId, n: r.followUpIds.length }));
    await load(eventId);
  }

  function attendanceForm(d: MeetingsView, o: Occurrence): HTMLElement {
    const draft = draftOf(o, d.me);
    const checks = o.guests.map((g) => {
      const box = element('input', { attrs: { type: 'checkbox', name: 'attended', value: g.email } });
      box.checked = draft.attended.has(g.email);
      box.disabled = o.engagementId !== null;
      box.addEventListener('change', () => {
        if (box.checked) draft.attended.add(g.email);
        else draft.attended.delete(g.email);
      });
      return element('label', { className: 'guest-check' }, [box, ` ${g.name || g.email} <${g.email}>`]);
    });
    const points = draft.items.map((item, i) => {
      const owner = element('select', { attrs: { name: 'owner' } });
      for (const s of d.staff) {
        const opt = element('option', { text: s.name, attrs: { value: s.email } });
        if (s.email === item.owner) opt.selected = true;
        owner.append(opt);
      }
      owner.addEventListener('change', () => {
        item.owner = owner.value;
      });
      return element('div', { className: 'action-point', attrs: { 'data-point': i + 1 } }, [
        labelled(
          t('what'),
          input({ type: 'text', name: 'what', maxlength: 500 }, item.what, (v) => (item.what = v)),
        ),
        labelled(t('owner'), owner),
        labelled(
          t('dueOn'),
          input({ type: 'date', name: 'dueOn' }, item.dueOn, (v) => (item.dueOn = v)),
        ),
      ]);
    });
    return element('div', { className: 'meeting-form attendance-form' }, [
      element('h3', { text: t('whoCame') }),
      ...(checks.length > 0 ? checks : [element('p', { className: 'status-line', text: t('noGuests') })]),
      element('h3', { text: t('actionPoints') }),
      ...points,
      element('div', { className: 'buttons' }, [
        btn('addPoint', () => {
          draft.items.push({ what: '', owner: d.me, dueOn: '' });
          refresh();
        }),
        btn(o.engagementId ? 'addPoints' : 'record', () => void record(o, draft), true),
      ]),
    ]);
  }

  function card(d: MeetingsView, o: Occurrence): HTMLElement {
    const when = utcParts(o.start);
    const form = open && open.id === o.id ? open.form : null;
    const buttons = [
      btn('move', () => toggle(o.id, 'move', o.start)),
      btn('cancel', () => toggle(o.id, 'cancel')),
      o.past ? btn('attendance', () => toggle(o.id, 'attendance')) : null,
    ];
    let folded: HTMLElement | null = null;
    if (form === 'move') {
      const at = input({ type: 'datetime-local', name: 'newTime' }, moveTo, (v) => (moveTo = v));
      folded = element('div', { className: 'meeting-form' }, [
        labelled(t('newTime'), at),
        element('div', { className: 'buttons' }, [btn('confirmMove', () => void move(o, moveTo), true)]),
      ]);
    } else if (form === 'cancel') {
      folded = element('div', { className: 'buttons' }, [
        btn('confirmCancel', () => void move(o, null), true),
      ]);
    } else if (form === 'attendance') folded = attendanceForm(d, o);
    return element('section', { className: 'meeting-card occurrence', attrs: { 'data-occurrence': o.id } }, [
      element('h3', { text: `${t('occurrenceLine', when)}${o.moved ? ` ${t('movedNote')}` : ''}` }),
      o.engagementId
        ? element('div', { className: 'line-detail', text: t('recordedNote', { id: o.engagementId }) })
        : null,
      element('div', { className: 'buttons' }, buttons),
      folded,
    ]);
  }

  return {
    load,
    current: () => eventId,
    close() {
      eventId = '';
      list = [];
      open = null;
    },
    render(d) {
      if (!eventId) return [];
      if (list.length === 0) return [element('p', { className: 'status-line', text: t('noOccurrences') })];
      return list.map((o) => card(d, o));
    },
  };
}
