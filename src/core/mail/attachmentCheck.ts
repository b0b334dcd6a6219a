// The check of a mailing's Drive files before the first send (issue 12 item 5): attached files within Gmail's
// per-message limits, linked files open to every recipient. Pure: the server reads the files' facts from Drive.
// Limits: https://developers.google.com/apps-script/guides/services/quotas#current_limitations
// ("Email total attachments size: 25 MB / msg", "Email attachments: 250 / msg").

/** How a mailing uses a Drive file: sent with the message, or its link written into it. */
export type FileUse = 'attach' | 'link';

export interface MailingFile {
  readonly fileId: string;
  readonly use: FileUse;
}

/** What Drive says of one file, as the account preparing the mailing sees it; `readable: false` when it cannot open it. */
export interface FileFacts extends MailingFile {
  readonly readable: boolean;
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  readonly url: string;
  readonly owner: string;
  /** DriveApp.Access and DriveApp.Permission names. */
  readonly access: string;
  readonly permission: string;
  /** Editors and viewers named one by one. */
  readonly people: readonly string[];
}

export const ATTACHMENTS_MAX_BYTES = 25 * 1024 * 1024;
export const ATTACHMENTS_MAX_COUNT = 250;

export type FileProblem =
  | { readonly kind: 'unreadable'; readonly fileId: string }
  | { readonly kind: 'googleType'; readonly name: string }
  | { readonly kind: 'tooLarge'; readonly total: number }
  | { readonly kind: 'tooMany'; readonly count: number }
  | { readonly kind: 'notShared'; readonly name: string; readonly emails: readonly string[] };

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Whether a recipient can open a linked file: named on it, or let in by its link (anyone / the owner's domain). */
export function openableBy(f: FileFacts, email: string): boolean {
  const who = email.trim().toLowerCase();
  if (f.owner.toLowerCase() === who || f.people.some((p) => p.toLowerCase() === who)) return true;
  if (f.permission === 'NONE') return false;
  if (f.access === 'ANYONE' || f.access === 'ANYONE_WITH_LINK') return true;
  if (f.access === 'DOMAIN' || f.access === 'DOMAIN_WITH_LINK') return domainOf(who) === domainOf(f.owner);
  return false;
}

/** Every problem that stops the mailing; `recipients` are the audience's addresses. */
export function checkMailingFiles(files: readonly FileFacts[], recipients: readonly string[]): FileProblem[] {
  const out: FileProblem[] = [];
  const attached = files.filter((f) => f.use === 'attach');
  for (const f of files) if (!f.readable) out.push({ kind: 'unreadable', fileId: f.fileId });
  // A Docs/Sheets/Slides file is not a file to attach (Drive would send a converted copy): link it instead.
  for (const f of attached)
    if (f.readable && f.mimeType.indexOf('application/vnd.google-apps.') === 0)
      out.push({ kind: 'googleType', name: f.name });
  const total = attached.reduce((n, f) => n + (f.readable ? f.size : 0), 0);
  if (total > ATTACHMENTS_MAX_BYTES) out.push({ kind: 'tooLarge', total });
  if (attached.length > ATTACHMENTS_MAX_COUNT) out.push({ kind: 'tooMany', count: attached.length });
  for (const f of files) {
    if (f.use !== 'link' || !f.readable) continue;
    const emails = recipients.filter((e) => !openableBy(f, e));
    if (emails.length > 0) out.push({ kind: 'notShared', name: f.name, emails });
  }
  return out;
}

/** Bytes as people read them: "3.2 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
