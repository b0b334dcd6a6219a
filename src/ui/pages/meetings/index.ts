// The Member meetings sidebar: schedule a recurring series for an audience (the default one, or a hub's member
// cities), see the time chosen and why, list each series' occurrences to move or cancel one, and record attendance
// with action points. Every text from the workbook goes in as textContent.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import './meetings.css';
import type { MeetingsView, SeriesView } from '../../../server/relations/meetingSidebar';
import type { MeetingPlan } from '../../../server/relations/meetings';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';
import { t } from './meetingsText';
import { occurrencesPanel } from './occurrences';
import { btn, input, labelled, plusDays, utcParts, whyList } from './parts';

interface Draft {
  summary: string;
  audience: string;
  firstDay: string;
  everyWeeks: string;
  count: string;
  minutes: string;
  agenda: string;
}

async function main(): Promise<void> {
  const shell = await startSidebar('meetingsTitle');
  let data: MeetingsView | undefined;
  let draft: Draft | undefined;
  let plan: MeetingPlan | null = null;
  const panel = occurrencesPanel(shell, () => view());

  function firstDraft(d: MeetingsView): Draft {
    // The default audience may be empty (every member city's country has a hub): then the first hub with members.
    const usable = d.audiences.find((a) => a.cities.length > 0);
    return {
      summary: d.defaultTitle,
      audience: d.audiences[0]!.cities.length > 0 ? 'default' : (usable?.key ?? 'default'),
      firstDay: plusDays(d.today, 7),
      everyWeeks: '2',
      count: '12',
      minutes: '60',
      agenda: '',
    };
  }

  function request(f: Draft) {
    const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
    return {
      summary: f.summary,
      firstDay: f.firstDay,
      everyWeeks: num(f.everyWeeks),
      count: num(f.count),
      minutes: num(f.minutes),
      hubId: f.audience === 'default' ? null : f.audience,
      agenda: f.agenda,
    };
  }

  function planLines(p: MeetingPlan): HTMLElement {
    return element('div', { className: 'meeting-plan' }, [
      element('p', {
        className: 'status-line chosen-slot',
        text: t('chosen', { ...utcParts(p.start), every: p.everyWeeks, count: p.count }),
      }),
      whyList(p.slot),
    ]);
  }

  function scheduleForm(d: MeetingsView, f: Draft): HTMLElement[] {
    const select = element('select', { attrs: { name: 'audience' } });
    for (const a of d.audiences) {
      const label =
        a.key === 'default'
          ? t('audienceDefault', { n: a.cities.length })
          : t('audienceHub', { hub: a.hubName ?? a.key, n: a.cities.length });
      const o = element('option', { text: label, attrs: { value: a.key } });
      if (a.cities.length === 0) o.disabled = true;
      if (a.key === f.audience) o.selected = true;
      select.append(o);
    }
    select.addEventListener('change', () => {
      f.audience = select.value;
      plan = null;
      view();
    });
    const chosen = d.audiences.find((a) => a.key === f.audience);
    const names = (chosen?.cities ?? []).map((c) => c.name).join(', ');
    const field = (key: Parameters<typeof t>[0], attrs: Record<string, string | number>, k: keyof Draft) =>
      labelled(
        t(key),
        input(attrs, f[k], (v) => (f[k] = v)),
      );
    const agenda = element('textarea', { attrs: { name: 'agenda', rows: 3, maxlength: 2000 } });
    agenda.value = f.agenda;
    agenda.addEventListener('input', () => (f.agenda = agenda.value));
    return [
      element('h2', { className: 'section-title', text: t('schedule') }),
      d.audiences[0]!.cities.length === 0
        ? element('p', { className: 'status-line default-empty', text: t('defaultEmpty') })
        : null,
      field('title', { type: 'text', name: 'summary', maxlength: 200 }, 'summary'),
      labelled(t('audience'), select),
      element('p', {
        className: 'line-detail audience-cities',
        text: names ? t('audienceCities', { names }) : t('audienceNone'),
      }),
      field('firstDay', { type: 'date', name: 'firstDay', min: d.today }, 'firstDay'),
      field('every', { type: 'number', name: 'everyWeeks', min: 1, max: 8 }, 'everyWeeks'),
      field('count', { type: 'number', name: 'count', min: 1, max: 52 }, 'count'),
      field('minutes', { type: 'number', name: 'minutes', min: 15, max: 240, step: 15 }, 'minutes'),
      labelled(t('agenda'), agenda),
      element('div', { className: 'buttons' }, [
        btn('preview', () => void preview(f)),
        btn('scheduleButton', () => void schedule(f), true),
      ]),
      plan ? planLines(plan) : null,
    ].filter((x): x is HTMLElement => x !== null);
  }

  function seriesCard(d: MeetingsView, s: SeriesView): HTMLElement {
    const rule = /INTERVAL=(\d+)/.exec(s.recurrence.join(';'));
    const count = /COUNT=(\d+)/.exec(s.recurrence.join(';'));
    const shown = panel.current() === s.eventId;
    return element('section', { className: 'meeting-card series', attrs: { 'data-series': s.eventId } }, [
      element('h3', { text: s.summary }),
      element('div', {
        className: 'line-detail',
        text: t('seriesLine', {
          ...utcParts(s.start),
          rule: t('rule', { every: rule?.[1] ?? '1', count: count?.[1] ?? '—' }),
          guests: s.guests,
        }),
      }),
      s.hangoutLink
        ? element('div', { className: 'line-detail', text: t('meet', { link: s.hangoutLink }) })
        : null,
      s.slot ? whyList(s.slot) : null,
      element('div', { className: 'buttons' }, [
        btn(shown ? 'hide' : 'occurrences', () => {
          if (shown) {
            panel.close();
            view();
          } else void panel.load(s.eventId);
        }),
      ]),
      ...(shown ? panel.render(d) : []),
    ]);
  }

  function view(): void {
    const d = data;
    if (!d || !draft) return;
    shell.main.replaceChildren(
      ...scheduleForm(d, draft),
      element('h2', { className: 'section-title', text: t('series') }),
      ...(d.series.length === 0
        ? [element('p', { className: 'status-line', text: t('noSeries') })]
        : d.series.map((s) => seriesCard(d, s))),
    );
  }

  async function preview(f: Draft): Promise<void> {
    const p = await shell.call(callServer('previewMemberMeetings', request(f)), text('saving'));
    if (!p) return; // refused: the toast names the field, the form keeps what was typed
    plan = p;
    view();
  }

  async function schedule(f: Draft): Promise<void> {
    const s = await shell.call(callServer('scheduleMemberMeetings', request(f)), text('saving'));
    if (!s) return;
    plan = s;
    showToast(t('scheduled', { n: s.guests.length }));
    const d = await shell.call(callServer('getMeetings'));
    if (d) data = d;
    await panel.load(s.eventId);
  }

  onLanguageChange(view);
  const d = await shell.call(callServer('getMeetings'));
  if (!d) return;
  shell.useLanguage(d.language);
  data = d;
  draft = firstDraft(d);
  view();
  document.body.setAttribute('data-loaded', 'true');
}

void main();
