// The city profile's political-event watch (issue 17): its upcoming elections and recent items, and a form to record
// one (an election or change of mayor flags the political contacts for re-confirmation and adds a follow-up).
import { WATCH_KINDS } from '../../../../sheets-templates/vocabularies';
import type { CityProfile } from '../../../server/cities/cityProfile';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { dateText, language, text, valueText } from '../../shared/uiText';

const EN = {
  watch: 'Political-event watch',
  upcoming: 'Upcoming election on {date}',
  item: '{kind} · {date}',
  record: 'Record a political event',
  kind: 'Kind',
  date: 'Date',
  source: 'Source link',
  note: 'Note',
  followUp: 'Follow-up needed',
  add: 'Record',
  recorded: 'Recorded {id}.',
  recordedFlagged: 'Recorded {id}: {n} contact(s) to re-confirm, follow-up {fu}.',
};
type Key = keyof typeof EN;
const FR: Record<Key, string> = {
  watch: 'Veille politique',
  upcoming: 'Élection prévue le {date}',
  item: '{kind} · {date}',
  record: 'Enregistrer un événement politique',
  kind: 'Type',
  date: 'Date',
  source: 'Lien vers la source',
  note: 'Note',
  followUp: 'Suivi nécessaire',
  add: 'Enregistrer',
  recorded: '{id} enregistré.',
  recordedFlagged: '{id} enregistré : {n} contact(s) à reconfirmer, suivi {fu}.',
};

/** Both tables, for the check that every key has its French words. */
export const WATCH_TEXT_TABLES = { en: EN, fr: FR } as const;

function t(key: Key, params: Record<string, string | number> = {}): string {
  const template = (language() === 'fr' ? FR : EN)[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const field = (label: string, input: HTMLElement) =>
  element('label', { className: 'field' }, [element('span', { text: label }), input]);

/** The watch section; `reload` runs after a recorded event so the profile shows it. */
export function watchSection(shell: Shell, p: CityProfile, reload: () => void): HTMLElement {
  const elections = p.upcomingElections.map((e) =>
    element('li', { className: 'upcoming-election', text: t('upcoming', { date: dateText(e.date) }) }),
  );
  const items = p.watch.map((w) =>
    element('li', {}, [
      element('div', {
        className: 'line-title',
        text: t('item', { kind: valueText(w.kind), date: dateText(w.date) }),
      }),
      w.note ? element('div', { className: 'line-detail', text: w.note }) : null,
    ]),
  );
  const parts: (HTMLElement | null)[] = [
    element('h2', { text: t('watch') }),
    elections.length > 0 ? element('ul', { id: 'upcoming-elections', className: 'plain' }, elections) : null,
    items.length > 0
      ? element('ul', { id: 'watch-items', className: 'plain' }, items)
      : element('p', { className: 'muted', text: text('none') }),
  ];
  if (p.canEdit) {
    const kind = element('select', { attrs: { name: 'kind' } });
    for (const k of WATCH_KINDS) kind.append(element('option', { text: valueText(k), attrs: { value: k } }));
    const date = element('input', { attrs: { type: 'date', name: 'date' } });
    const source = element('input', { attrs: { type: 'url', name: 'sourceUrl' } });
    const note = element('textarea', { attrs: { name: 'note', rows: 2 } });
    const follow = element('input', { attrs: { type: 'checkbox', name: 'followUpNeeded' } });
    const add = element('button', { className: 'action', text: t('add'), attrs: { type: 'button' } });
    add.addEventListener(
      'click',
      () =>
        void (async () => {
          const r = await shell.call(
            callServer('recordWatchItem', {
              cityId: p.city.id,
              kind: kind.value,
              date: date.value,
              sourceUrl: source.value || null,
              note: note.value || null,
              followUpNeeded: follow.checked,
            }),
            text('saving'),
          );
          if (!r) return;
          showToast(
            r.followUpId
              ? t('recordedFlagged', { id: r.id, n: r.flagged.length, fu: r.followUpId })
              : t('recorded', { id: r.id }),
          );
          reload();
        })(),
    );
    parts.push(
      element('details', { className: 'watch-form' }, [
        element('summary', { text: t('record') }),
        field(t('kind'), kind),
        field(t('date'), date),
        field(t('source'), source),
        field(t('note'), note),
        field(t('followUp'), follow),
        element('div', { className: 'buttons' }, [add]),
      ]),
    );
  }
  return element('section', { id: 'watch' }, parts);
}
