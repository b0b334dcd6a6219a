// The Partner sidebar: create or edit a partner organisation, see its contacts, deactivate it (its contacts end-dated).
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { PARTNERS } from '../../../../sheets-templates';
import { PARTNER_FORM_FIELDS } from '../../../core/editing/formFields';
import type { PartnerForm } from '../../../server/partners/partnerSidebar';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { submitForm } from '../../shared/formSubmit';
import { RecordForm } from '../../shared/recordForm';
import { callServer } from '../../shared/rpc';
import { button, section, startSidebar } from '../../shared/sidebarShell';
import { dateText, onLanguageChange, text } from '../../shared/uiText';

async function main(): Promise<void> {
  const shell = await startSidebar('partnerTitle');
  let id = shell.context.id ?? null;
  let data: PartnerForm | undefined;
  let form: RecordForm | undefined;
  const notice = element('div', { id: 'notice' });

  function view(): void {
    const d = data;
    if (!d || !form) return;
    shell.setTitle(d.partner ? 'partnerTitle' : 'newPartner');
    const save = button('save', () => void save_(save), 'action');
    save.id = 'save';
    // Active to is set by Deactivate partner only, so it is shown as a status line rather than a form field.
    const activeTo = String(d.partner?.values['activeTo'] ?? '');
    const parts: (HTMLElement | null)[] = [
      activeTo !== ''
        ? element('p', {
            id: 'partner-active-to',
            className: 'status-line',
            text: text('inactiveSince', { date: dateText(activeTo) }),
          })
        : null,
      notice,
      d.canEdit ? null : element('p', { className: 'muted', text: text('readOnly') }),
      form.root,
      d.canEdit ? element('div', { className: 'buttons' }, [save]) : null,
    ];
    if (d.partner) {
      const partner = d.partner;
      const items = d.contacts.map((c) => {
        const open = element('button', {
          className: 'link',
          text: c.name,
          attrs: { type: 'button', 'aria-label': text('open', { name: c.name }) },
        });
        open.addEventListener(
          'click',
          () => void shell.call(callServer('openSidebar', { page: 'contact', id: c.id })),
        );
        return element('li', {}, [
          open,
          element('div', {
            className: 'line-detail',
            text: [c.title, c.email, c.active ? '' : text('inactiveSince', { date: dateText(c.activeTo) })]
              .filter(Boolean)
              .join(' · '),
          }),
        ]);
      });
      const add = button(
        'addContact',
        () => void shell.call(callServer('openSidebar', { page: 'contact', orgId: partner.id })),
      );
      parts.push(
        section('contacts', [
          items.length > 0
            ? element('ul', { className: 'plain', id: 'contacts' }, items)
            : element('p', { className: 'muted', text: text('none') }),
          d.canEdit ? element('div', { className: 'buttons' }, [add]) : null,
        ]),
      );
      if (d.canEdit) {
        const deactivate = button('deactivatePartner', () => void deactivate_(deactivate));
        deactivate.id = 'deactivate';
        parts.push(
          section('deactivatePartner', [
            element('p', { className: 'help', text: text('deactivatePartnerHint') }),
            element('div', { className: 'buttons' }, [deactivate]),
          ]),
        );
      }
    }
    shell.main.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  async function load(): Promise<void> {
    const d = await shell.call(callServer('getPartner', id));
    if (!d) return;
    shell.useLanguage(d.language);
    data = d;
    const topics = d.lists.topics.map((t) => ({ value: t, label: t }));
    form = new RecordForm({
      tab: PARTNERS,
      keys: PARTNER_FORM_FIELDS,
      choices: { expertise: topics },
      lists: d.lists,
    });
    form.load(d.partner ? d.partner.values : {});
    if (!d.canEdit) form.setDisabled(true);
    notice.replaceChildren();
    view();
    document.body.setAttribute('data-loaded', String(d.partner?.version ?? 0));
  }

  async function save_(b: HTMLButtonElement): Promise<void> {
    const d = data;
    if (!d || !form) return;
    const record = await submitForm(shell, form, {
      notice,
      base: d.partner?.values ?? {},
      reload: () => void load(),
      buttons: [b],
      send: (fields, requestId) =>
        d.partner
          ? callServer('savePartner', {
              id: d.partner.id,
              version: d.partner.version,
              read: form!.read,
              fields,
              requestId,
            })
          : callServer('savePartner', { fields, requestId }),
    });
    if (!record) return;
    if (!d.partner) showToast(text('created', { id: record.id }));
    id = record.id;
    await load();
  }

  async function deactivate_(b: HTMLButtonElement): Promise<void> {
    const d = data;
    if (!d?.partner) return;
    b.disabled = true;
    const result = await shell.call(
      callServer('deactivatePartner', d.partner.id, d.partner.version),
      text('saving'),
    );
    b.disabled = false;
    if (!result) return;
    showToast(text('partnerDeactivated', { n: result.ended }));
    await load();
  }

  onLanguageChange(() => {
    form?.relabel();
    view();
  });
  await load();
}

void main();
