// The Contact sidebar: create or edit a contact, deactivate it (end-dated, never deleted), move it to another city.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { CONTACTS } from '../../../../sheets-templates';
import { CONTACT_FORM_FIELDS } from '../../../core/editing/formFields';
import type { ContactForm } from '../../../server/contacts/contactSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { showOutcome, submitForm } from '../../shared/formSubmit';
import { mailingsSection } from '../../shared/mailingsSection';
import { RecordForm } from '../../shared/recordForm';
import { callServer } from '../../shared/rpc';
import { button, section, startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';

async function main(): Promise<void> {
  const shell = await startSidebar('contactTitle');
  let id = shell.context.id ?? null;
  const orgId = shell.context.orgId ?? null;
  let data: ContactForm | undefined;
  let form: RecordForm | undefined;
  const notice = element('div', { id: 'notice' });

  function view(): void {
    const d = data;
    if (!d || !form) return;
    shell.setTitle(d.contact ? 'contactTitle' : 'newContact');
    const save = button('save', () => void save_(save), 'action');
    save.id = 'save';
    const parts: (HTMLElement | null)[] = [
      element('p', {
        id: 'contact-org',
        className: 'status-line',
        text: text('belongsTo', { name: d.org.name }),
      }),
      notice,
      d.canEdit ? null : element('p', { className: 'muted', text: text('readOnly') }),
      form.root,
      d.canEdit ? element('div', { className: 'buttons' }, [save]) : null,
      d.mailings ? mailingsSection(d.mailings) : null,
    ];
    if (d.contact && d.canEdit) {
      const deactivate = button('deactivate', () => void act(deactivate, 'deactivate'));
      deactivate.id = 'deactivate';
      parts.push(
        section('deactivate', [
          element('p', { className: 'help', text: text('deactivateHint') }),
          element('div', { className: 'buttons' }, [deactivate]),
        ]),
      );
      if (d.org.kind === 'city' && d.moveTargets.length > 0) {
        const select = element('select', { id: 'move-target' }, [
          element('option', { text: text('choose'), attrs: { value: '' } }),
          ...d.moveTargets.map((c) =>
            element('option', { text: `${c.name} (${c.country})`, attrs: { value: c.id } }),
          ),
        ]);
        const move = button('moveButton', () => void act(move, 'move', select.value), 'plain');
        move.id = 'move';
        parts.push(
          section('moveTitle', [
            element('div', { className: 'field' }, [
              element('label', { attrs: { for: 'move-target' }, text: text('moveTitle') }),
              select,
            ]),
            element('div', { className: 'buttons' }, [move]),
          ]),
        );
      }
    }
    shell.main.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  async function load(): Promise<void> {
    const d = await shell.call(callServer('getContact', id, orgId));
    if (!d) return;
    shell.useLanguage(d.language);
    data = d;
    form = new RecordForm({
      tab: CONTACTS,
      keys: CONTACT_FORM_FIELDS,
      choices: { language: d.lists.languages.map((l) => ({ value: l, label: l })) },
      lists: d.lists,
    });
    form.load(
      d.contact ? d.contact.values : { language: d.lists.languages[0] ?? 'en', category: 'practitioner' },
    );
    if (!d.canEdit) form.setDisabled(true);
    notice.replaceChildren();
    view();
    document.body.setAttribute('data-loaded', String(d.contact?.version ?? 0));
  }

  async function save_(b: HTMLButtonElement): Promise<void> {
    const d = data;
    if (!d || !form) return;
    const record = await submitForm(shell, form, {
      notice,
      base: d.contact?.values ?? {},
      reload: () => void load(),
      buttons: [b],
      send: (fields, requestId) =>
        d.contact
          ? callServer('saveContact', {
              id: d.contact.id,
              version: d.contact.version,
              read: form!.read,
              fields,
              requestId,
            })
          : callServer('saveContact', { fields: { ...fields, orgId: d.org.id }, requestId }),
    });
    if (!record) return;
    if (!d.contact) showToast(text('created', { id: record.id }));
    id = record.id;
    d.contact = record;
    form.load(record.values);
    view();
    document.body.setAttribute('data-loaded', String(record.version));
  }

  async function act(b: HTMLButtonElement, what: 'deactivate' | 'move', cityId = ''): Promise<void> {
    const d = data;
    if (!d?.contact) return;
    if (what === 'move' && cityId === '') {
      document.getElementById('move-target')?.focus();
      return;
    }
    b.disabled = true;
    const call =
      what === 'deactivate'
        ? callServer('deactivateContact', d.contact.id, d.contact.version)
        : callServer('moveContact', d.contact.id, d.contact.version, cityId);
    const outcome = await shell.call(call, text('saving'));
    b.disabled = false;
    if (!outcome) return;
    const record = showOutcome(outcome, null, { notice, reload: () => void load() });
    if (!record) return;
    showToast(
      what === 'deactivate'
        ? text('deactivated')
        : text('moved', { name: d.moveTargets.find((c) => c.id === cityId)?.name ?? cityId }),
    );
    await load();
  }

  onLanguageChange(() => {
    form?.relabel();
    view();
  });
  if (!id && !orgId) {
    shell.main.replaceChildren(element('p', { className: 'muted', text: text('openContactHint') }));
    return;
  }
  await load();
}

void main();
