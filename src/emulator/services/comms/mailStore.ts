// The emulated Gmail outbox shared by MailApp and GmailApp: sent messages, drafts, aliases and the daily recipient quota.
import type { VirtualClock } from '../../runtime/clock';
import { GoogleError } from '../../runtime/serviceObject';

/** Consumer (gmail.com) or Google Workspace: the two columns of Google's quota table. */
export type MailAccountType = 'consumer' | 'workspace';

/**
 * Email recipients per day: 100 for consumer accounts, 1,500 for Google Workspace accounts
 * ("Email recipients per day (for example, with MailApp)"),
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export const DAILY_RECIPIENTS: Record<MailAccountType, number> = { consumer: 100, workspace: 1500 };

/** "Email recipients per message: 50 / msg" (same quotas page, "Current limitations"). */
export const RECIPIENTS_PER_MESSAGE = 50;

/** "Quotas are per user and reset 24 hours after the first request." (same quotas page). */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The exception Apps Script throws once the day's recipients are used up (reported verbatim in
 * github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/376). */
export const EMAIL_QUOTA_ERROR = 'Service invoked too many times for one day: email.';

/** One message as it left the emulated Gmail. */
export interface SentMessage {
  id: string;
  service: 'MailApp' | 'GmailApp';
  /** The sending address: the effective user, or a permitted alias (GmailApp `from`). */
  from: string;
  /** The display name (`name` option); null when the user's default name is used. */
  name: string | null;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** File names of the attachments. */
  attachments: string[];
  /** Keys of `inlineImages`. */
  inlineImages: string[];
  sentAt: Date;
  executionId: number;
  /** True when the subject held a line break (see `mailAddress.ts` on how that is treated). */
  subjectHadLineBreak: boolean;
}

/** A GmailApp draft, kept until sent or deleted. */
export interface DraftRecord {
  id: string;
  message: Omit<SentMessage, 'sentAt' | 'executionId' | 'service'> & { createdAt: Date };
}

interface QuotaWindow {
  start: number;
  used: number;
}

export class MailStore {
  /** Which column of the quota table applies; Workspace by default (the network runs on Workspace). */
  accountType: MailAccountType = 'workspace';
  readonly outbox: SentMessage[] = [];
  readonly drafts = new Map<string, DraftRecord>();
  private readonly aliases = new Map<string, string[]>();
  private readonly windows = new Map<string, QuotaWindow>();
  private failures: { remaining: number; message: string } = { remaining: 0, message: '' };
  private nextId = 1;

  constructor(private readonly clock: VirtualClock) {}

  dailyLimit(): number {
    return DAILY_RECIPIENTS[this.accountType];
  }

  /** Recipients `user` may still send to in the current 24-hour quota window. */
  remaining(user: string): number {
    const w = this.currentWindow(user);
    return this.dailyLimit() - (w?.used ?? 0);
  }

  /** Throws Google's quota error when `count` recipients do not fit; otherwise counts them. */
  charge(user: string, count: number): void {
    if (count > this.remaining(user)) throw new GoogleError(EMAIL_QUOTA_ERROR);
    let w = this.currentWindow(user);
    if (!w) {
      w = { start: this.clock.now(), used: 0 };
      this.windows.set(user.toLowerCase(), w);
    }
    w.used += count;
  }

  /** Makes the next `n` send attempts throw `message` (a transient Gmail failure) without sending or counting. */
  failNextSends(n: number, message = 'Service error: Gmail'): void {
    this.failures = { remaining: n, message };
  }

  /** Called before each send: throws the injected failure, if one is pending. */
  takeInjectedFailure(): void {
    if (this.failures.remaining <= 0) return;
    this.failures.remaining--;
    throw new GoogleError(this.failures.message);
  }

  /** The send-as aliases of `user` (GmailApp.getAliases). */
  setAliases(user: string, list: string[]): void {
    this.aliases.set(user.toLowerCase(), [...list]);
  }

  aliasesOf(user: string): string[] {
    return [...(this.aliases.get(user.toLowerCase()) ?? [])];
  }

  /** A new Gmail-like message or draft id (hex, as Gmail's are). */
  newId(prefix = ''): string {
    return prefix + (0x18d0000000000 + this.nextId++ * 0x1f3).toString(16);
  }

  record(message: SentMessage): void {
    this.outbox.push(message);
  }

  /** Messages with `address` among their to/cc/bcc recipients (case-insensitive). */
  sentTo(address: string): SentMessage[] {
    const a = address.toLowerCase();
    return this.outbox.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((r) => bareAddress(r) === a));
  }

  private currentWindow(user: string): QuotaWindow | undefined {
    const key = user.toLowerCase();
    const w = this.windows.get(key);
    if (w && this.clock.now() - w.start >= QUOTA_WINDOW_MS) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }
}

/** `Ana <ana@x.org>` → `ana@x.org`, lower-cased. */
export function bareAddress(recipient: string): string {
  const m = /<([^>]*)>\s*$/.exec(recipient);
  return (m ? m[1] : recipient).trim().toLowerCase();
}
