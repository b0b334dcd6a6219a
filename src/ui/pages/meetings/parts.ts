// Pieces of the Member meetings sidebar: labelled fields, buttons, UTC times and the "why" of a chosen slot.
import type { SlotWhy } from '../../../server/relations/meetings';
import { element } from '../../shared/elements';
import { dateText } from '../../shared/uiText';
import { type MeetingsTextKey, t } from './meetingsText';

export function btn(key: MeetingsTextKey, onClick: () => void, action = false): HTMLButtonElement {
  const b = element('button', { className: action ? 'action' : '', text: t(key), attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

export function labelled(label: string, input: HTMLElement): HTMLElement {
  return element('label', { className: 'field' }, [element('span', { text: label }), input]);
}

/** An input whose every change lands in `set` (the page keeps drafts, so a refusal or a re-render loses nothing). */
export function input(
  attrs: Record<string, string | number>,
  value: string,
  set: (v: string) => void,
): HTMLInputElement {
  const el = element('input', { attrs });
  el.value = value;
  el.addEventListener('input', () => set(el.value));
  el.addEventListener('change', () => set(el.value));
  return el;
}

/** The day and the UTC hour of an instant, as the page writes them. */
export function utcParts(iso: string): { date: string; time: string } {
  return { date: dateText(iso.slice(0, 10)), time: iso.slice(11, 16) };
}

/** YYYY-MM-DD `days` after `iso` (UTC arithmetic on a calendar day). */
export function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Why the slot: the count that fits, then each country's local start and fit. */
export function whyList(slot: SlotWhy): HTMLElement {
  const lines = slot.byCountry.map((c) =>
    element('li', {
      className: c.zone && !c.fits ? 'slot-outside' : '',
      text: c.zone
        ? t('whyCountry', {
            country: c.country,
            time: c.localStart,
            zone: c.zone.replace(/_/g, ' '),
            fit: t(c.fits ? 'fits' : 'outside'),
            people: c.people,
          })
        : t('unknownZone', { country: c.country, people: c.people }),
    }),
  );
  return element('div', { className: 'meeting-why' }, [
    element('p', { className: 'status-line', text: t('why', { fits: slot.fits, known: slot.known }) }),
    element('ul', {}, lines),
  ]);
}
