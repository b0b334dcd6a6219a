// The mailing sidebar's Send section: quota and expected finish before the start, Send now / Schedule at, then the
// started mailing's counts (refreshed every 20 s) with pause, resume and cancel.
import type { MailingProgress } from '../../../server/mail/sending/progress';
import type { SendingForecast } from '../../../server/mail/sending/startMailing';
import { element } from '../../shared/elements';
import { showToast } from '../../shared/feedback';
import { callServer } from '../../shared/rpc';
import type { Shell } from '../../shared/sidebarShell';
import { SubmissionIds } from '../../shared/submissionIds';
import { type MailingTextKey, t } from './mailingText';

const REFRESH_MS = 20_000;
const COUNTED = ['sent', 'queued', 'failed', 'skipped', 'unknown'] as const;

/** The section's state across re-renders of the page. */
export interface SendingState {
  forecast?: SendingForecast;
  progress?: MailingProgress;
  scheduleAt: string;
  timer?: number;
  /** The id of each Start click, reused when the same click is retried (the server then completes that start). */
  starts: SubmissionIds;
}

export function newSendingState(): SendingState {
  return { scheduleAt: '', starts: new SubmissionIds() };
}

export function sendingSection(
  shell: Shell,
  state: SendingState,
  draft: () => unknown,
  ready: boolean,
  rerender: () => void,
  savedDraft: () => { mailingId: string; version: number } | null = () => null,
  started: () => void = () => undefined,
): HTMLElement {
  async function forecast(): Promise<void> {
    const f = await shell.call(callServer('forecastMailing', draft()));
    if (!f) return;
    state.forecast = f;
    rerender();
  }

  async function start(at: string | null): Promise<void> {
    const saved = savedDraft();
    const requestId = state.starts.idFor({ draft: draft(), at, saved });
    // A reopened or saved draft is started as that Mailings row (same id, at the version this sidebar saw).
    const r = await shell.call(callServer('startMailing', draft(), at, requestId, saved));
    if (!r) return;
    state.starts.settled();
    started();
    showToast(r.message);
    state.forecast = r.forecast;
    await refresh(r.mailingId);
  }

  async function refresh(id: string): Promise<void> {
    const p = await shell.call(callServer('getMailingProgress', id));
    if (!p) return;
    state.progress = p;
    if (state.timer !== undefined) window.clearTimeout(state.timer);
    // Live while it runs: the counts come from the Sends rows the trigger writes.
    if (p.status === 'sending' || p.status === 'scheduled')
      state.timer = window.setTimeout(() => void refresh(id), REFRESH_MS);
    rerender();
  }

  async function control(fn: 'pauseMailing' | 'resumeMailing' | 'cancelMailing', id: string): Promise<void> {
    const p = await shell.call(callServer(fn, id));
    if (!p) return;
    state.progress = p;
    rerender();
  }

  const children: (HTMLElement | null)[] = [element('h2', { text: t('sendingTitle') })];
  const f = state.forecast;
  if (f)
    children.push(
      element('p', {
        id: 'forecast',
        text: t('forecastLine', {
          remaining: f.remainingQuota,
          reserve: f.reserve,
          allowed: f.allowedToday,
          recipients: f.recipients,
        }),
      }),
      element('p', {
        id: 'forecast-finish',
        text: f.expectedFinish ? t('finishLine', { finish: f.expectedFinish }) : t('finishUnknown'),
      }),
      ...f.senderProblems.map((m) => element('p', { className: 'error', text: m })),
    );
  const when = element('input', {
    id: 'schedule-at',
    attrs: { type: 'datetime-local', value: state.scheduleAt },
  });
  when.addEventListener('change', () => (state.scheduleAt = when.value));
  const p = state.progress;
  if (!p)
    children.push(
      element('div', { className: 'buttons' }, [
        element('button', {
          text: t('showForecast'),
          id: 'show-forecast',
          attrs: { type: 'button' },
          on: { click: () => void forecast() },
        }),
        element('button', {
          className: 'action',
          text: t('sendNow'),
          id: 'send-now',
          attrs: { type: 'button', disabled: !ready },
          on: { click: () => void start(null) },
        }),
      ]),
      element('div', { className: 'field' }, [
        element('label', { text: t('scheduleAt'), attrs: { for: 'schedule-at' } }),
        when,
      ]),
      element('button', {
        text: t('schedule'),
        id: 'schedule',
        attrs: { type: 'button', disabled: !ready },
        on: { click: () => void start(state.scheduleAt || '') },
      }),
    );
  else {
    const id = p.mailingId;
    children.push(
      element('h3', {
        id: 'progress-title',
        text: t('progressTitle', { id, status: t(`status_${p.status}` as MailingTextKey) }),
      }),
      element(
        'ul',
        { id: 'progress' },
        COUNTED.map((k) =>
          element('li', {
            text: `${t(`count_${k}`)}: ${p.counts[k]}`,
            attrs: { 'data-count': k, 'data-value': p.counts[k] },
          }),
        ),
      ),
      element('p', {
        id: 'progress-finish',
        text: p.expectedFinish ? t('finishLine', { finish: p.expectedFinish }) : '',
      }),
      element('p', {
        id: 'reach',
        text: t('reachLine', { contacts: p.reach.contacts, cities: p.reach.cities }),
      }),
      element('div', { className: 'buttons' }, [
        element('button', {
          text: t('refresh'),
          id: 'refresh-progress',
          attrs: { type: 'button' },
          on: { click: () => void refresh(id) },
        }),
        p.status === 'sending' || p.status === 'scheduled'
          ? element('button', {
              text: t('pause'),
              id: 'pause',
              attrs: { type: 'button' },
              on: { click: () => void control('pauseMailing', id) },
            })
          : null,
        p.status === 'paused'
          ? element('button', {
              text: t('resume'),
              id: 'resume',
              attrs: { type: 'button' },
              on: { click: () => void control('resumeMailing', id) },
            })
          : null,
        p.status === 'sending' || p.status === 'scheduled' || p.status === 'paused'
          ? element('button', {
              text: t('cancel'),
              id: 'cancel',
              attrs: { type: 'button' },
              on: { click: () => void control('cancelMailing', id) },
            })
          : null,
      ]),
    );
  }
  return element('section', { id: 'sending' }, children);
}
