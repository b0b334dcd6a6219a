// The City profile sidebar: edit the city, see its contacts, engagement, needs and matches, mark the profile reviewed.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { CITIES } from '../../../../sheets-templates';
import { CITY_FORM_FIELDS } from '../../../core/editing/formFields';
import type { Age } from '../../../core/peers/age';
import type { CityProfile } from '../../../server/cities/cityProfile';
import type { OpenRequest } from '../../../server/search/findSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { showOutcome, submitForm } from '../../shared/formSubmit';
import { mailingsSection } from '../../shared/mailingsSection';
import { RecordForm } from '../../shared/recordForm';
import { callServer } from '../../shared/rpc';
import { button, type Shell, section, startSidebar } from '../../shared/sidebarShell';
import { dateText, onLanguageChange, text, valueText } from '../../shared/uiText';
import { watchSection } from './watchSection';

const asChoices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** "8 months ago", "yesterday": how long ago a need was surveyed or an offer recorded. */
function ageText(age: Age): string {
  if (age.unit === 'days')
    return age.n === 0 ? text('ageToday') : age.n === 1 ? text('ageDay') : text('ageDays', { n: age.n });
  if (age.unit === 'months') return age.n === 1 ? text('ageMonth') : text('ageMonths', { n: age.n });
  return age.n === 1 ? text('ageYear') : text('ageYears', { n: age.n });
}

function openLink(shell: Shell, label: string, request: OpenRequest): HTMLButtonElement {
  const b = element('button', {
    className: 'link',
    text: label,
    attrs: { type: 'button', 'aria-label': text('open', { name: label }) },
  });
  b.addEventListener(
    'click',
    () => void shell.call(callServer('openSidebar', request), text('opening', { name: label })),
  );
  return b;
}

async function main(): Promise<void> {
  const shell = await startSidebar('cityTitle');
  const id = shell.context.id ?? '';
  let profile: CityProfile | undefined;
  let form: RecordForm | undefined;
  const notice = element('div', { id: 'notice' });

  function reviewLine(p: CityProfile): HTMLElement {
    const reviewed = p.city.values['profileReviewedOn'];
    const overdue = p.daysSinceReview === null || p.daysSinceReview >= p.staleAfterDays;
    const parts = [
      reviewed ? text('reviewedOn', { date: dateText(String(reviewed)) }) : text('neverReviewed'),
    ];
    if (overdue && p.daysSinceReview !== null)
      parts.push(text('reviewOverdue', { days: p.daysSinceReview, limit: p.staleAfterDays }));
    return element('p', {
      id: 'review-status',
      className: overdue ? 'stale-note' : 'status-line',
      text: parts.join(' '),
    });
  }

  function view(): void {
    const p = profile;
    if (!p || !form) return;
    const save = button('save', () => void saveCity(save), 'action');
    save.id = 'save';
    const markReviewed = button('markReviewed', () => void mark(markReviewed));
    markReviewed.id = 'mark-reviewed';
    const status = `${p.hubName} · ${valueText(String(p.city.values['status'] ?? ''))}`;
    const contacts = p.contacts.map((c) =>
      element('li', {}, [
        openLink(shell, c.name, { page: 'contact', id: c.id }),
        element('div', {
          className: 'line-detail',
          text: [c.title, c.email, c.active ? '' : text('inactiveSince', { date: dateText(c.activeTo) })]
            .filter(Boolean)
            .join(' · '),
        }),
      ]),
    );
    const engagements = p.engagements.map((e) =>
      element('li', {}, [
        element('div', { className: 'line-title', text: `${dateText(e.date)} · ${valueText(e.type)}` }),
        element('div', { className: 'line-detail', text: e.summary }),
      ]),
    );
    const needs = p.needs.map((n) =>
      element('li', {}, [
        element('div', {
          className: 'line-title',
          text: `${valueText(n.topic)} (${valueText(n.priority)}, ${valueText(n.status)})`,
        }),
        element('div', {
          className: 'line-detail need-age',
          text: [
            n.age ? text('surveyedAge', { age: ageText(n.age) }) : '',
            n.surveyedOn ? dateText(n.surveyedOn) : '',
            valueText(n.source),
          ]
            .filter(Boolean)
            .join(' · '),
        }),
        element('div', { className: 'line-detail', text: n.description }),
      ]),
    );
    const offers = p.offers.map((o) =>
      element('li', { className: o.status === 'withdrawn' ? 'muted' : '' }, [
        element('div', {
          className: 'line-title',
          text: [valueText(o.topic), o.sinceYear ? text('offerSince', { year: o.sinceYear }) : '']
            .filter(Boolean)
            .join(' · '),
        }),
        element('div', {
          className: 'line-detail offer-age',
          text: [
            o.age ? text('recordedAge', { age: ageText(o.age) }) : '',
            valueText(o.source),
            o.status === 'withdrawn' ? valueText(o.status) : '',
          ]
            .filter(Boolean)
            .join(' · '),
        }),
        element('div', { className: 'line-detail', text: o.description }),
      ]),
    );
    const matches = p.matches.map((m) =>
      element('li', {}, [
        element('div', { className: 'line-title', text: valueText(m.topic) }),
        element('div', {
          className: 'line-detail',
          text: `${text(m.role === 'seeking' ? 'matchSeeking' : 'matchOffering', { name: m.withName })} · ${m.score} · ${valueText(m.status)}`,
        }),
      ]),
    );
    const list = (items: HTMLElement[], listId: string) =>
      items.length > 0
        ? element('ul', { id: listId, className: 'plain' }, items)
        : element('p', { className: 'muted', text: text('none') });
    shell.main.replaceChildren(
      element('p', { id: 'city-name', className: 'line-title', text: String(p.city.values['name'] ?? '') }),
      element('p', { className: 'status-line', text: status }),
      notice,
      reviewLine(p),
      p.canEdit
        ? element('div', { className: 'buttons' }, [markReviewed])
        : element('p', { className: 'muted', text: text('readOnly') }),
      section('details', [form.root, p.canEdit ? element('div', { className: 'buttons' }, [save]) : null]),
      section('contacts', [
        list(contacts, 'contacts'),
        p.canEdit
          ? element('div', { className: 'buttons' }, [
              button(
                'addContact',
                () => void shell.call(callServer('openSidebar', { page: 'contact', orgId: p.city.id })),
              ),
            ])
          : null,
      ]),
      section('recentEngagement', [
        list(engagements, 'engagements'),
        p.engagementCount > p.engagements.length
          ? element('p', {
              className: 'muted',
              text: text('moreEngagement', { n: p.engagementCount - p.engagements.length }),
            })
          : null,
        p.archived.engagements + p.archived.sends > 0
          ? element('p', { id: 'archived-history', className: 'muted' }, [
              element('span', {
                text: text('archivedHistory', { n: p.archived.engagements, m: p.archived.sends }),
              }),
              ...p.archived.archives.map((a) =>
                element('a', {
                  text: ` ${a.year}`,
                  attrs: { href: a.url, target: '_blank', rel: 'noopener' },
                }),
              ),
            ])
          : null,
        element('div', { className: 'buttons' }, [
          button(
            'logEngagement',
            () => void shell.call(callServer('openSidebar', { page: 'engagement', cityId: p.city.id })),
          ),
        ]),
      ]),
      mailingsSection(p.mailings),
      section('needs', [
        list(needs, 'needs'),
        p.canEdit
          ? element('div', { className: 'buttons' }, [
              button(
                'recordNeeds',
                () => void shell.call(callServer('openSidebar', { page: 'needs', cityId: p.city.id })),
              ),
            ])
          : null,
      ]),
      section('offers', [list(offers, 'offers')]),
      section('matches', [list(matches, 'matches')]),
      watchSection(shell, p, () => void load()),
    );
  }

  async function load(): Promise<void> {
    const p = await shell.call(callServer('getCityProfile', id));
    if (!p) return;
    shell.useLanguage(p.language);
    profile = p;
    form = new RecordForm({
      tab: CITIES,
      keys: CITY_FORM_FIELDS,
      choices: {
        hubId: p.hubs.map((h) => ({ value: h.id, label: h.name })),
        languages: asChoices(p.lists.languages),
        priorities: asChoices(p.lists.topics),
        expertise: asChoices(p.lists.topics),
      },
      lists: p.lists,
    });
    form.load(p.city.values);
    if (!p.canEdit) form.setDisabled(true);
    else if (!p.canChangeHub) form.field('hubId').setDisabled(true);
    notice.replaceChildren();
    view();
    document.body.setAttribute('data-loaded', String(p.city.version));
  }

  async function saveCity(save: HTMLButtonElement): Promise<void> {
    const p = profile;
    if (!p || !form) return;
    const record = await submitForm(shell, form, {
      notice,
      base: p.city.values,
      reload: () => void load(),
      buttons: [save],
      send: (fields, requestId) =>
        callServer('saveCity', {
          id: p.city.id,
          version: p.city.version,
          read: form!.read,
          fields,
          requestId,
        }),
    });
    if (!record) return;
    p.city = record;
    form.load(record.values);
    document.getElementById('city-name')!.textContent = String(record.values['name'] ?? '');
    document.body.setAttribute('data-loaded', String(record.version));
  }

  async function mark(b: HTMLButtonElement): Promise<void> {
    const p = profile;
    if (!p) return;
    b.disabled = true;
    const outcome = await shell.call(
      callServer('markProfileReviewed', p.city.id, p.city.version),
      text('saving'),
    );
    b.disabled = false;
    if (!outcome) return;
    const record = showOutcome(outcome, null, { notice, reload: () => void load() });
    if (!record) return;
    p.city = {
      ...p.city,
      version: record.version,
      values: { ...p.city.values, profileReviewedOn: record.values['profileReviewedOn'] ?? null },
    };
    p.daysSinceReview = 0;
    document.getElementById('review-status')?.replaceWith(reviewLine(p));
    document.body.setAttribute('data-loaded', String(record.version));
    showToast(text('markedReviewed'));
  }

  onLanguageChange(() => {
    form?.relabel();
    view();
  });
  if (id === '') {
    shell.main.replaceChildren(element('p', { className: 'muted', text: text('openCityHint') }));
    return;
  }
  await load();
}

void main();
