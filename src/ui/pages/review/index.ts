// The review sidebar: applications by stage (overdue in red), one application's answers and findings, and the coordinator's actions.
// Every value from the workbook goes in through textContent (the element helper), never as HTML.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import './review.css';
import { APPLICATIONS } from '../../../../sheets-templates';
import { APPLICATION_STAGES } from '../../../../sheets-templates/vocabularies';
import type { ActionPreview, PreviewedAction } from '../../../server/intake/actionPreview';
import type {
  ApplicationLine,
  ApplicationList,
  ApplicationReview,
} from '../../../server/intake/reviewApplication';
import type { ActionResult } from '../../../server/intake/stageActions';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import { type Shell, startSidebar } from '../../shared/sidebarShell';
import {
  dateText,
  fieldLabel,
  language,
  listText,
  onLanguageChange,
  templateName,
  valueText,
} from '../../shared/uiText';
import { type ReviewTextKey, t, tOr } from './reviewText';

function plainButton(key: ReviewTextKey, onClick: () => void, primary = false): HTMLButtonElement {
  const b = element('button', {
    className: primary ? 'action' : '',
    text: t(key),
    attrs: { type: 'button' },
  });
  b.addEventListener('click', onClick);
  return b;
}

function heading(key: ReviewTextKey): HTMLElement {
  return element('h2', { text: t(key) });
}

function dueText(a: { dueBy: string; overdue: boolean; dueToday?: boolean }): string {
  if (!a.dueBy) return t('noDue');
  if (a.overdue) return t('overdue', { date: dateText(a.dueBy) });
  if (a.dueToday) return t('dueToday');
  return t('due', { date: dateText(a.dueBy) });
}

/**
 * One answer as the reader sees it: the server sends the column header and the stored text; the label, stored
 * vocabulary values and dates are shown in the sidebar's language.
 */
function answerText(header: string, value: string): [string, string] {
  const column = APPLICATIONS.columns.find((c) => c.header === header);
  if (!column) return [header, value];
  const label = fieldLabel(APPLICATIONS.name, column.key, header);
  if (column.type === 'date' || column.type === 'dateTime') return [label, dateText(value)];
  if (column.type === 'enum' || column.type === 'enumList' || column.valuesFrom)
    return [label, listText(value)];
  return [label, value];
}

async function main(): Promise<void> {
  const shell: Shell = await startSidebar('loading');
  const title = document.querySelector('.sidebar-header h1');
  const setTitle = () => {
    if (title) title.textContent = t('title');
  };
  setTitle();
  let list: ApplicationList | undefined;
  let review: ApplicationReview | undefined;

  function line(a: ApplicationLine): HTMLElement {
    const open = element('button', {
      className: 'link',
      text: `${a.id} · ${a.cityName}, ${a.country}`,
      attrs: { type: 'button', 'data-id': a.id },
    });
    open.addEventListener('click', () => void openReview(a.id));
    const cls = `app-line${a.overdue ? ' overdue' : a.dueToday ? ' due-today' : ''}`;
    return element('li', { className: cls }, [
      open,
      element('div', { className: 'line-detail', text: `${a.submitterName} · ${dueText(a)}` }),
    ]);
  }

  function listView(): void {
    review = undefined;
    const d = list;
    if (!d) return;
    const groups = APPLICATION_STAGES.map((stage) => {
      const items = d.applications.filter((a) => a.stage === stage);
      if (items.length === 0) return null;
      return element('section', { attrs: { 'data-stage': stage } }, [
        element('h2', { text: `${valueText(stage)} (${items.length})` }),
        element('ul', { className: 'plain' }, items.map(line)),
      ]);
    });
    const shown = groups.filter((g): g is HTMLElement => g !== null);
    shell.main.replaceChildren(
      ...(shown.length > 0 ? shown : [element('p', { className: 'muted', text: t('empty') })]),
    );
  }

  function findingsView(r: ApplicationReview): HTMLElement {
    const fr = language() === 'fr';
    const items = r.findings.map((f) =>
      element('li', { className: f.severity }, [
        element('strong', { text: `${t(`severity_${f.severity}` as ReviewTextKey)}: ` }),
        fr ? f.fr : f.en,
      ]),
    );
    return element('section', {}, [
      heading('findings'),
      items.length > 0
        ? element('ul', { className: 'plain findings' }, items)
        : element('p', { className: 'muted', text: t('noFindings') }),
      r.intakeIssues.length > 0 ? element('h2', { text: t('intakeIssues') }) : null,
      r.intakeIssues.length > 0
        ? element(
            'ul',
            { className: 'plain findings' },
            r.intakeIssues.map((l) => element('li', { text: l })),
          )
        : null,
    ]);
  }

  /** The confirmation of an action that sends email: the email's name, its language and every recipient. */
  function confirmView(p: ActionPreview, send: () => Promise<ActionResult>, cancel: () => void): HTMLElement {
    const params = {
      // The shared table's name of the template (the one the email list shows), never a copy of it.
      template: templateName(p.templateKey) === p.templateKey ? p.templateName : templateName(p.templateKey),
      language: tOr(`language_${p.language}`, p.language),
      recipients: p.recipients.length > 0 ? p.recipients.join(', ') : t('confirmNobody'),
    };
    const yes = plainButton('confirm', () => void act(send()), true);
    // A link nobody can receive is not worth sending; approval still goes ahead without a welcome address.
    yes.disabled = p.action === 'sendLink' && p.recipients.length === 0;
    return element('div', { className: 'confirm', attrs: { role: 'alertdialog', 'data-action': p.action } }, [
      element('strong', { text: t('confirmTitle') }),
      element('p', { text: t(p.action === 'approve' ? 'confirmApprove' : 'confirmSend', params) }),
      element('p', { className: 'muted', text: t('confirmSubject', { subject: p.subject }) }),
      element('div', { className: 'buttons' }, [yes, plainButton('cancel', cancel)]),
    ]);
  }

  function actionsView(r: ApplicationReview): HTMLElement {
    const reasonId = 'decision-reason';
    const reason = element('textarea', { id: reasonId, className: 'reason', attrs: { rows: 3 } });
    const withReason = (fn: (text: string) => Promise<ActionResult>) => () => {
      const text = reason.value.trim();
      if (text === '') {
        showToast(t('reasonNeeded'), 'error');
        reason.focus();
        return;
      }
      void act(fn(text));
    };
    const buttons: HTMLElement[] = [];
    const confirmArea = element('div', { className: 'confirm-area' });
    // Sending acts at once and cannot be undone: first say what goes to whom in which language, then send.
    const confirmFirst = (action: PreviewedAction, send: () => Promise<ActionResult>) => async () => {
      const preview = await shell.call(callServer('previewApplicationAction', r.id, action));
      if (!preview) return;
      confirmArea.replaceChildren(confirmView(preview, send, () => confirmArea.replaceChildren()));
      confirmArea.querySelector<HTMLButtonElement>('button.action')?.focus();
    };
    if (r.actions.sendLink)
      buttons.push(
        plainButton(
          'sendLink',
          () => void confirmFirst('sendLink', () => callServer('sendApplicationLink', r.id, r.version))(),
          true,
        ),
      );
    if (r.actions.approve)
      buttons.push(
        plainButton(
          'approve',
          () => void confirmFirst('approve', () => callServer('approveApplication', r.id, r.version))(),
          true,
        ),
      );
    const reasoned: HTMLElement[] = [];
    if (r.actions.requestInfo)
      reasoned.push(
        plainButton(
          'requestInfo',
          withReason((x) => callServer('requestMoreInformation', r.id, x, r.version)),
        ),
      );
    if (r.actions.decline)
      reasoned.push(
        plainButton(
          'decline',
          withReason((x) => callServer('declineApplication', r.id, x, r.version)),
        ),
      );
    return element('section', {}, [
      heading('actions'),
      element('div', { className: 'buttons' }, buttons),
      confirmArea,
      reasoned.length > 0 ? element('label', { attrs: { for: reasonId }, text: t('reasonLabel') }) : null,
      reasoned.length > 0 ? reason : null,
      element('div', { className: 'buttons' }, reasoned),
    ]);
  }

  function reviewView(): void {
    const r = review;
    if (!r) return;
    const answers = element(
      'dl',
      { className: 'answers' },
      r.answers.flatMap(([header, stored]) => {
        const [label, value] = answerText(header, stored);
        return [element('dt', { text: label }), element('dd', { text: value })];
      }),
    );
    const contacts = r.contacts.map((c) =>
      element('li', {}, [
        element('strong', { text: c.name }),
        element('div', {
          className: 'line-detail',
          text: [c.position, c.category ? valueText(c.category) : '', c.email, c.phone]
            .filter(Boolean)
            .join(' · '),
        }),
      ]),
    );
    const emails = r.emails.map((m) =>
      element('li', {
        text: t('emailLine', {
          template: templateName(m.template),
          to: m.to,
          status: valueText(m.status),
          date: dateText(m.sentAt),
        }).trim(),
      }),
    );
    shell.main.replaceChildren(
      plainButton('back', () => void loadList()),
      element('h2', { text: r.id }),
      element('p', { text: t('stage', { stage: valueText(r.stage) }) }),
      element('p', { className: `due-line${r.overdue ? ' overdue' : ''}`, text: dueText(r) }),
      findingsView(r),
      actionsView(r),
      element('section', {}, [heading('contacts'), element('ul', { className: 'plain' }, contacts)]),
      element('section', {}, [heading('answers'), answers]),
      element('section', {}, [
        heading('emails'),
        emails.length > 0
          ? element('ul', { className: 'plain' }, emails)
          : element('p', { className: 'muted', text: t('noEmails') }),
      ]),
    );
  }

  async function act(work: Promise<ActionResult>): Promise<void> {
    const result = await shell.call(work);
    if (!result) return;
    const emails = result.emails.map((e) => `${e.to} (${valueText(e.status)})`).join(', ') || '—';
    showToast(t('done', { id: result.id, stage: valueText(result.stage), emails }));
    if (result.problems.length > 0)
      showToast(t('checkEmails', { problems: result.problems.join(' ') }), 'error');
    await openReview(result.id);
  }

  async function openReview(id: string): Promise<void> {
    const r = await shell.call(callServer('getApplicationReview', id));
    if (!r) return;
    review = r;
    reviewView();
  }

  async function loadList(): Promise<void> {
    const d = await shell.call(callServer('listApplications'));
    if (!d) return;
    shell.useLanguage(d.language);
    list = d;
    listView();
  }

  onLanguageChange(() => {
    setTitle();
    if (review) reviewView();
    else listView();
  });
  shell.onEscape(() => {
    if (review) void loadList();
  });
  await loadList();
}

void main();
