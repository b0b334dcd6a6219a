// The Log engagement sidebar: date, type, cities, contacts, topics, summary and follow-up; pre-filled from a city.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { ENGAGEMENTS } from '../../../../sheets-templates';
import { ENGAGEMENT_FORM_FIELDS } from '../../../core/editing/formFields';
import { actionPointsOf } from '../../../core/relations/followUps';
import type { EngagementForm } from '../../../server/engagements/logEngagement';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { submitForm } from '../../shared/formSubmit';
import { RecordForm } from '../../shared/recordForm';
import { callServer } from '../../shared/rpc';
import { button, startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';

async function main(): Promise<void> {
  const shell = await startSidebar('engagementTitle');
  let data: EngagementForm | undefined;
  let form: RecordForm | undefined;
  const notice = element('div', { id: 'notice' });
  // Action points agreed in the meeting, one per line: each becomes a follow-up of the person logging (issue 17).
  const points = element('textarea', { attrs: { name: 'actionPoints', rows: 3, id: 'action-points' } });
  const pointsLabel = element('span', { text: text('actionPoints') });
  const pointsField = element('label', { className: 'field', attrs: { for: 'action-points' } }, [
    pointsLabel,
    points,
  ]);

  /** Contacts offered are those of the chosen cities (all allowed cities' contacts when none is chosen yet). */
  function contactChoices(d: EngagementForm, cityIds: string[]) {
    const names: Record<string, string> = {};
    for (const c of d.cities) names[c.id] = c.name;
    return d.contacts
      .filter((c) => cityIds.length === 0 || cityIds.indexOf(c.orgId) >= 0)
      .map((c) => ({ value: c.id, label: `${c.name} — ${names[c.orgId] ?? c.orgId}` }));
  }

  function view(): void {
    if (!form) return;
    const save = button('save', () => void save_(save), 'action');
    save.id = 'save';
    pointsLabel.textContent = text('actionPoints');
    shell.main.replaceChildren(
      notice,
      form.root,
      pointsField,
      element('div', { className: 'buttons' }, [save]),
    );
  }

  function blank(d: EngagementForm): void {
    form?.load({
      date: d.initial.date,
      type: d.initial.type,
      cityIds: d.initial.cityIds,
      contactIds: [],
      topics: [],
      summary: null,
      followUpOn: null,
    });
    form?.field('contactIds').setChoices(contactChoices(d, d.initial.cityIds));
  }

  async function load(): Promise<void> {
    const d = await shell.call(callServer('getEngagementForm', shell.context.cityId ?? null));
    if (!d) return;
    shell.useLanguage(d.language);
    data = d;
    const f = new RecordForm({
      tab: ENGAGEMENTS,
      keys: ENGAGEMENT_FORM_FIELDS,
      choices: {
        type: d.types.map((t) => ({ value: t, label: t })),
        cityIds: d.cities.map((c) => ({ value: c.id, label: `${c.name} (${c.country})` })),
        contactIds: contactChoices(d, []),
        topics: d.topics.map((t) => ({ value: t, label: t })),
      },
      pickers: ['cityIds', 'contactIds'],
      lists: { topics: d.topics },
    });
    form = f;
    f.field('cityIds').onChange(() => {
      const cities = f.field('cityIds').get() as string[];
      f.field('contactIds').setChoices(contactChoices(d, cities));
    });
    blank(d);
    view();
    document.body.setAttribute('data-loaded', 'true');
  }

  async function save_(b: HTMLButtonElement): Promise<void> {
    const d = data;
    if (!d || !form) return;
    const record = await submitForm(shell, form, {
      notice,
      reload: () => void load(),
      buttons: [b],
      // Required fields set by the server (source) are given here so the browser check matches the server's.
      base: { source: 'manual' },
      send: (fields, requestId) =>
        callServer('logEngagement', { fields, requestId, actionPoints: points.value }),
    });
    if (!record) return;
    const n = actionPointsOf(points.value).length;
    showToast(n > 0 ? text('loggedWithFollowUps', { id: record.id, n }) : text('logged', { id: record.id }));
    points.value = '';
    blank(d);
  }

  onLanguageChange(() => {
    form?.relabel();
    view();
  });
  await load();
}

void main();
