// What the page is told after each action: executions run, toasts, alerts, sidebars/dialogs shown, emails sent.
import type { PageSelection } from './pageSelection';

export type ActivityEntry =
  | { kind: 'run'; fn: string; origin: string; user: string; status: string; error?: string; ms: number }
  | { kind: 'toast'; title: string; message: string; timeoutSeconds: number }
  | {
      kind: 'alert';
      alertKind: 'alert' | 'prompt';
      title: string;
      prompt: string;
      button: string;
      text?: string;
    }
  | {
      kind: 'dialog';
      page: string;
      dialogKind: 'sidebar' | 'modal' | 'modeless';
      title: string;
      width: number;
      height: number;
    }
  | { kind: 'close'; page: string }
  | { kind: 'email'; id: string; to: string[]; subject: string }
  | { kind: 'refused'; message: string }
  /** A script moved the selection (Range.activate, setActiveRange…): the page shows it there. */
  | ({ kind: 'select' } & PageSelection)
  /** A respondent submitted a form: what its triggers did, for the operator (never shown to the respondent). */
  | { kind: 'formSubmitted'; form: string; runs: { fn: string; status: string; error?: string }[] }
  | { kind: 'saved'; generation: number };

export type LoggedEntry = ActivityEntry & { seq: number; at: number };

/** An append-only log the page reads from a sequence number on. */
export class ActivityLog {
  readonly entries: LoggedEntry[] = [];
  private seq = 0;

  add(entry: ActivityEntry): LoggedEntry {
    const logged = { ...entry, seq: ++this.seq, at: Date.now() } as LoggedEntry;
    this.entries.push(logged);
    // The page only needs recent entries; old ones are dropped so a long session stays small.
    if (this.entries.length > 2000) this.entries.splice(0, 1000);
    return logged;
  }

  since(seq: number): LoggedEntry[] {
    return this.entries.filter((e) => e.seq > seq);
  }

  get lastSeq(): number {
    return this.seq;
  }
}
