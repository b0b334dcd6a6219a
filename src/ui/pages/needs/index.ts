// The Record needs sidebar: city, topic, priority, description, support wanted, the day and the source of a gathered need.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { NEEDS } from '../../../../sheets-templates';
import { NEED_FORM_FIELDS } from '../../../core/editing/formFields';
import type { NeedsForm } from '../../../server/peers/recordNeeds';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { submitForm } from '../../shared/formSubmit';
import { RecordForm } from '../../shared/recordForm';
import { callServer } from '../../shared/rpc';
import { button, startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';

const asChoices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

async function main(): Promise<void> {
  const shell = await startSidebar('needsTitle');
  let data: NeedsForm | undefined;
  let form: RecordForm | undefined;
  const notice = element('div', { id: 'notice' });

  function view(): void {
    if (!form) return;
    const save = button('save', () => void save_(save), 'action');
    save.id = 'save';
    shell.main.replaceChildren(
      element('p', { className: 'muted', text: text('needsHint') }),
      notice,
      form.root,
      element('div', { className: 'buttons' }, [save]),
    );
  }

  /** After a save the city, day and source stay: a meeting usually yields several needs. */
  function blank(d: NeedsForm, keep: Record<string, unknown> = {}): void {
    form?.load({
      cityId: d.initial.cityId,
      surveyedOn: d.initial.surveyedOn,
      source: d.initial.source,
      ...keep,
      topic: null,
      priority: d.initial.priority,
      description: null,
      supportWanted: null,
    });
  }

  async function load(): Promise<void> {
    const d = await shell.call(callServer('getNeedsForm', shell.context.cityId ?? null));
    if (!d) return;
    shell.useLanguage(d.language);
    data = d;
    form = new RecordForm({
      tab: NEEDS,
      keys: NEED_FORM_FIELDS,
      choices: {
        cityId: d.cities.map((c) => ({ value: c.id, label: `${c.name} (${c.country})` })),
        topic: asChoices(d.topics),
        priority: asChoices(d.priorities),
        source: asChoices(d.sources),
      },
      lists: { topics: d.topics },
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
      // The status is set by the server; given here so the browser's check matches the server's.
      base: { status: 'open' },
      send: (fields, requestId) => callServer('recordNeed', { fields, requestId }),
    });
    if (!record) return;
    showToast(text('needRecorded', { id: record.id }));
    const v = record.values;
    blank(d, { cityId: v['cityId'], surveyedOn: v['surveyedOn'], source: v['source'] });
  }

  onLanguageChange(() => {
    form?.relabel();
    view();
  });
  await load();
}

void main();
