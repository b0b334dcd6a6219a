// The Event sidebar: an event's fields, its participants (contacts or external people) and its logistics.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { EVENTS, PARTICIPANTS } from '../../../../sheets-templates';
import { EVENT_FORM_FIELDS, PARTICIPANT_FORM_FIELDS } from '../../../core/events/eventFields';
import type { EventView } from '../../../server/events/eventSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { submitForm } from '../../shared/formSubmit';
import { RecordForm } from '../../shared/recordForm';
import { callServer } from '../../shared/rpc';
import { button, startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';

async function main(): Promise<void> {
  const shell = await startSidebar('eventTitle');
  let data: EventView | undefined;
  let eventForm: RecordForm | undefined;
  let personForm: RecordForm | undefined;
  let personId: string | null = null;
  const notice = element('div', { id: 'notice' });
  const personNotice = element('div', { id: 'person-notice' });

  function logistics(d: EventView): HTMLElement {
    const box = element('div', { id: 'logistics' });
    const l = d.logistics;
    if (!l) return box;
    const counts = Object.entries(l.counts)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${s}: ${n}`)
      .join(' · ');
    box.append(element('h3', { text: text('eventCounts') }), element('p', { text: counts || '—' }));
    box.append(element('h3', { text: text('eventInterpretation') }));
    for (const p of l.interpretation.pairs)
      box.append(
        element('p', { text: `${p.from}–${p.to} (${p.mode}): ${p.participants} · ${p.interpreters}` }),
      );
    box.append(element('h3', { text: text('eventTravel') }));
    for (const t of l.travel)
      box.append(element('p', { text: `${t.name} · ${t.from} · ${t.letterDeadline || '—'}` }));
    box.append(element('h3', { text: text('eventRooming') }));
    for (const n of l.rooming)
      box.append(element('p', { text: `${n.night}: ${n.guests.map((g) => g.name).join(', ')}` }));
    box.append(element('h3', { text: text('eventBudget') }));
    box.append(element('p', { text: `${l.budget.planned} / ${l.budget.actual}` }));
    return box;
  }

  /** The event's actions: each runs on the server, says what it did in a toast, and reloads the event. */
  function actions(eventId: string): HTMLElement {
    const run =
      <T>(work: () => Promise<T>, said: (r: T) => string): (() => void) =>
      () =>
        void (async () => {
          const r = await shell.call(work(), text('eventWorking'));
          if (r === undefined) return;
          showToast(said(r));
          await load(eventId);
        })();
    const buttons = [
      button(
        'eventCreateForm',
        run(
          () => callServer('createRegistrationForm', eventId),
          (r) => text('eventFormReady', { url: r.url }),
        ),
      ),
      button(
        'eventApplyRegistrations',
        run(
          () => callServer('applyRegistrations', eventId),
          (r) => text('eventRegistrationsApplied', { applied: r.applied, checked: r.checked }),
        ),
      ),
      button(
        'eventGenerateSummary',
        run(
          () => callServer('generateEventSummary', eventId),
          (r) => text('eventSummaryWritten', { url: r.url }),
        ),
        'action',
      ),
      button(
        'eventGenerateLetters',
        run(
          () => callServer('generateVisaLetters', eventId),
          (r) => text('eventLettersWritten', { n: r.created.length }),
        ),
      ),
      button(
        'eventRecordAttendance',
        run(
          () => callServer('recordAttendance', eventId),
          (r) => text('eventAttendanceLogged', { n: r.logged.length }),
        ),
      ),
    ];
    return element('section', { id: 'event-actions', attrs: { 'aria-label': text('eventActions') } }, [
      element('h3', { text: text('eventActions') }),
      element('div', { className: 'buttons' }, buttons),
    ]);
  }

  /** The summary report's link, as text in an anchor that opens only a Google Docs address. */
  function summaryLink(url: unknown): HTMLElement {
    const box = element('p', { id: 'summary-link' });
    const u = String(url ?? '');
    if (!u) return box;
    box.append(element('span', { text: `${text('eventSummaryLink')}: ` }));
    if (/^https:\/\/docs\.google\.com\//.test(u))
      box.append(element('a', { text: u, attrs: { href: u, target: '_blank', rel: 'noopener' } }));
    else box.append(element('span', { text: u }));
    return box;
  }

  function view(): void {
    const d = data;
    if (!d || !eventForm || !personForm) return;
    const save = button('save', () => void saveEvent(save), 'action');
    save.id = 'save';
    const parts: HTMLElement[] = [notice, eventForm.root, element('div', { className: 'buttons' }, [save])];
    if (d.event) {
      const list = element('ul', { id: 'participants' });
      for (const p of d.participants) {
        const li = element('li', {
          text: `${p.name} · ${String(p.record.values['role'])} · ${String(p.record.values['status'])}`,
        });
        li.addEventListener('click', () => {
          personId = p.record.id;
          personForm?.load(p.record.values);
        });
        list.append(li);
      }
      const add = button('eventSaveParticipant', () => void saveParticipant(add), 'action');
      add.id = 'save-participant';
      parts.push(
        actions(d.event.id),
        summaryLink(d.event.values['summaryDocUrl']),
        element('h3', { text: text('eventParticipants') }),
        list,
        personNotice,
        personForm.root,
        element('div', { className: 'buttons' }, [add]),
        logistics(d),
      );
    }
    shell.main.replaceChildren(...parts);
  }

  async function load(id: string | null): Promise<void> {
    const d = await shell.call(callServer('getEvent', id));
    if (!d) return;
    shell.useLanguage(d.language);
    data = d;
    const lists = { languages: d.languages };
    const languages = d.languages.map((l) => ({ value: l, label: l }));
    eventForm = new RecordForm({ tab: EVENTS, keys: EVENT_FORM_FIELDS, lists, choices: { languages } });
    personForm = new RecordForm({
      tab: PARTICIPANTS,
      keys: PARTICIPANT_FORM_FIELDS,
      choices: {
        contactId: d.contacts.map((c) => ({ value: c.id, label: c.name })),
        interpretationLanguage: languages,
      },
      lists,
    });
    eventForm.load(d.event?.values ?? { status: 'planned' });
    personForm.load({ role: 'participant', status: 'invited' });
    personId = null;
    view();
    document.body.setAttribute('data-loaded', 'true');
  }

  async function saveEvent(b: HTMLButtonElement): Promise<void> {
    const d = data;
    if (!d || !eventForm) return;
    const record = await submitForm(shell, eventForm, {
      notice,
      reload: () => void load(d.event?.id ?? null),
      buttons: [b],
      send: (fields, requestId) =>
        callServer('saveEvent', { id: d.event?.id, version: d.event?.version, fields, requestId }),
    });
    if (!record) return;
    showToast(text('eventSaved', { id: record.id }));
    await load(record.id);
  }

  async function saveParticipant(b: HTMLButtonElement): Promise<void> {
    const d = data;
    if (!d?.event || !personForm) return;
    const current = d.participants.find((p) => p.record.id === personId)?.record;
    const record = await submitForm(shell, personForm, {
      notice: personNotice,
      reload: () => void load(d.event!.id),
      buttons: [b],
      base: { eventId: d.event.id },
      send: (fields, requestId) =>
        callServer('saveParticipant', {
          id: current?.id,
          version: current?.version,
          eventId: d.event!.id,
          fields,
          requestId,
        }),
    });
    if (!record) return;
    showToast(text('eventParticipantSaved', { id: record.id }));
    await load(d.event.id);
  }

  onLanguageChange(() => {
    eventForm?.relabel();
    personForm?.relabel();
    view();
  });
  await load(shell.context.id ?? null);
}

void main();
