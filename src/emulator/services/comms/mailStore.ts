// The emulated Gmail outbox shared by MailApp, GmailApp and the Gmail advanced service: sent messages, drafts, aliases,
// the daily recipient quota per account and the sent folder's search index.
import type { VirtualClock } from '../../runtime/clock';
import { GoogleError } from '../../runtime/serviceObject';
import type { MailPart } from './mailLimits';

/** Consumer (gmail.com) or Google Workspace: the two columns of Google's quota table. */
export type MailAccountType = 'consumer' | 'workspace';

/**
 * Email recipients per day: 100 for consumer accounts, 1,500 for Google Workspace accounts
 * ("Email recipients per day (for example, with MailApp)"),
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export const DAILY_RECIPIENTS: Record<MailAccountType, number> = { consumer: 100, workspace: 1500 };

export { RECIPIENTS_PER_MESSAGE } from './mailLimits';

/** "Quotas are per user and reset 24 hours after the first request." (same quotas page). */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The exception Apps Script throws once the day's recipients are used up (reported verbatim in
 * github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/376 and
 * github.com/shabuthomas/gmail-delay-send/issues/34, the latter from GmailApp.sendEmail). */
export const EMAIL_QUOTA_ERROR = 'Service invoked too many times for one day: email.';

/**
 * Believed, not documented: how long after sending a message GmailApp.search finds it. Gmail's search is served by
 * an index updated asynchronously; no public figure exists, so the emulator's default is an assumption (10 s) and
 * tests set `searchLagMs` to what they need to exercise. `getMessageById` and the sent list are not delayed.
 */
export const DEFAULT_SEARCH_LAG_MS = 10_000;

/** "Email read/write (excluding send)": 20,000 / day consumer, 50,000 / day Workspace (quotas page). */
export const DAILY_GMAIL_READS: Record<MailAccountType, number> = { consumer: 20_000, workspace: 50_000 };

/** Believed wording for the read quota, by analogy with the email one; no public report quoting it was found. */
export const GMAIL_READ_QUOTA_ERROR = 'Service invoked too many times for one day: gmail.';

/** An emulated account's quota settings: the column of the quotas table, or an explicit limit
 * ("lower on new or trial Workspace accounts", quotas page note). */
export interface MailAccount {
  type: MailAccountType;
  dailyRecipients?: number;
}

/** One message as it left the emulated Gmail. */
export interface SentMessage {
  id: string;
  /** Which API sent it; `Gmail` is the advanced service (Gmail.Users.Messages.send). */
  service: 'MailApp' | 'GmailApp' | 'Gmail';
  /** Gmail's thread id: the message's own id for a new conversation, as Gmail does. */
  threadId: string;
  /** The RFC 822 Message-ID header, with its angle brackets (what `rfc822msgid:` searches). */
  messageIdHeader: string;
  /** Headers beyond the ones modelled as fields (List-Unsubscribe, X-…), as sent through the advanced service. */
  headers: Record<string, string>;
  /** Attachments and inline images with their bytes (`attachments`/`inlineImages` keep their names). */
  parts: MailPart[];
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
  /** Whose Sent folder holds it: the effective user who sent it, lower-cased. */
  mailbox: string;
  /** True when the subject held a line break (see `mailAddress.ts` on how that is treated). */
  subjectHadLineBreak: boolean;
}

/** A GmailApp draft, kept until sent or deleted. */
export interface DraftRecord {
  id: string;
  /** Whose Drafts folder holds it, lower-cased. */
  mailbox: string;
  message: Omit<
    SentMessage,
    'sentAt' | 'executionId' | 'service' | 'threadId' | 'messageIdHeader' | 'mailbox'
  > & {
    createdAt: Date;
  };
}

interface QuotaWindow {
  start: number;
  used: number;
}

export class MailStore {
  /** Which column of the quota table applies to accounts without their own setting; Workspace by default (the
   *  network runs on Workspace). */
  accountType: MailAccountType = 'workspace';
  /** Believed: the delay before a sent message is found by GmailApp.search (see DEFAULT_SEARCH_LAG_MS). */
  searchLagMs = DEFAULT_SEARCH_LAG_MS;
  /** Believed (public reports, see gmailText.ts): GmailApp.sendEmail/createDraft turn emoji into '?'. */
  gmailAppEmojiDefect = true;
  readonly outbox: SentMessage[] = [];
  private readonly accounts = new Map<string, MailAccount>();
  readonly drafts = new Map<string, DraftRecord>();
  private readonly aliases = new Map<string, string[]>();
  private readonly windows = new Map<string, QuotaWindow>();
  private readonly readWindows = new Map<string, QuotaWindow>();
  private failures: { remaining: number; message: string } = { remaining: 0, message: '' };
  private nextId = 1;

  constructor(private readonly clock: VirtualClock) {}

  /** Sets one account's quota: `{ type: 'consumer' }`, or `{ type: 'workspace', dailyRecipients: 500 }` for a new
   *  or trial Workspace account. */
  setAccount(user: string, account: MailAccount): void {
    this.accounts.set(user.toLowerCase(), { ...account });
  }

  /** The daily recipient limit of `user` (of the default account type when no user is named). */
  dailyLimit(user?: string): number {
    const a = user ? this.accounts.get(user.toLowerCase()) : undefined;
    return a?.dailyRecipients ?? DAILY_RECIPIENTS[a?.type ?? this.accountType];
  }

  /** Recipients `user` may still send to in the current 24-hour quota window. */
  remaining(user: string): number {
    const w = this.currentWindow(user);
    return Math.max(0, this.dailyLimit(user) - (w?.used ?? 0));
  }

  /** When the quota of `user` is next restored in full ("reset 24 hours after the first request"); null when unused. */
  resetsAt(user: string): Date | null {
    const w = this.currentWindow(user);
    return w ? new Date(w.start + QUOTA_WINDOW_MS) : null;
  }

  /** Throws Google's quota error when `count` recipients do not fit; otherwise counts them. */
  charge(user: string, count: number): void {
    if (count > this.remaining(user)) throw new GoogleError(EMAIL_QUOTA_ERROR);
    let w = this.currentWindow(user);
    if (!w) {
      w = this.openWindow(user);
    }
    w.used += count;
  }

  /** Counts one GmailApp read against "Email read/write (excluding send)"; throws once the day's reads are used. */
  chargeRead(user: string): void {
    // Its own 24-hour window: each quota "resets 24 hours after the first request" of its kind.
    const w = this.currentWindow(user, this.readWindows) ?? this.openWindow(user, this.readWindows);
    const a = this.accounts.get(user.toLowerCase());
    if (w.used >= DAILY_GMAIL_READS[a?.type ?? this.accountType])
      throw new GoogleError(GMAIL_READ_QUOTA_ERROR);
    w.used++;
  }

  private openWindow(user: string, windows = this.windows): QuotaWindow {
    const w = { start: this.clock.now(), used: 0 };
    windows.set(user.toLowerCase(), w);
    return w;
  }

  /** A draft made in Gmail itself (not by the script), for tests and the workbench: kept exactly as given, emoji
   *  included, with its attachments and inline images. Returns the draft id. */
  addDraft(
    user: string,
    message: Partial<DraftRecord['message']> & { to: string[]; subject: string },
  ): string {
    const id = this.newId('r-');
    this.drafts.set(id, {
      id,
      mailbox: user.toLowerCase(),
      message: {
        id: this.newId(),
        from: user,
        name: null,
        cc: [],
        bcc: [],
        body: '',
        htmlBody: null,
        replyTo: null,
        noReply: false,
        attachments: (message.parts ?? []).filter((p) => p.cid === null).map((p) => p.name),
        inlineImages: (message.parts ?? []).filter((p) => p.cid !== null).map((p) => p.cid as string),
        parts: [],
        headers: {},
        subjectHadLineBreak: false,
        createdAt: this.clock.date(),
        ...message,
      },
    });
    return id;
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

  /** A sent message by Gmail id. */
  sentById(id: string): SentMessage | undefined {
    return this.outbox.find((m) => m.id === id);
  }

  /** Sent messages of `user` that Gmail's search index already holds (sent at least `searchLagMs` ago). */
  searchable(user: string): SentMessage[] {
    const now = this.clock.now();
    const me = user.toLowerCase();
    return this.outbox.filter((m) => m.mailbox === me && now - m.sentAt.getTime() >= this.searchLagMs);
  }

  /** Messages with `address` among their to/cc/bcc recipients (case-insensitive). */
  sentTo(address: string): SentMessage[] {
    const a = address.toLowerCase();
    return this.outbox.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((r) => bareAddress(r) === a));
  }

  private currentWindow(user: string, windows = this.windows): QuotaWindow | undefined {
    const key = user.toLowerCase();
    const w = windows.get(key);
    if (w && this.clock.now() - w.start >= QUOTA_WINDOW_MS) {
      windows.delete(key);
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
