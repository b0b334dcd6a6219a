// Host-side record of what a script showed in the Sheets UI (menus, alerts, prompts, sidebars, dialogs, toasts)
// and the answers tests queue for alerts and prompts.

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  /** True for Ui.createAddonMenu() menus (shown under Extensions). */
  addon?: boolean;
  items: MenuEntry[];
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number;
  height: number;
  /** The HtmlOutput object shown, for the workbench to drive. */
  output: unknown;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  /** The button the queued (or default) answer chose, and the text typed for prompts. */
  button: string;
  text?: string;
}

export interface QueuedAnswer {
  /** A Ui.Button name: OK, CANCEL, YES, NO, CLOSE. Default: the set's first button (OK or YES). */
  button?: string;
  /** Prompt text; default ''. */
  text?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiLog {
  /** Menus added with addToUi(), in order; adding a menu with the same caption replaces it. */
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly answers: QueuedAnswer[] = [];

  /** Queues the answer the next alert or prompt receives. */
  queueAnswer(answer: QueuedAnswer): void {
    this.answers.push(answer);
  }

  /** The answer for the next alert or prompt; `_question` lets a host (the workbench) ask a person instead. */
  takeAnswer(_question?: {
    kind: 'alert' | 'prompt';
    title: string;
    prompt: string;
    buttons: string;
  }): QueuedAnswer {
    return this.answers.shift() ?? {};
  }

  addMenu(menu: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === menu.caption && !!m.addon === !!menu.addon);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }

  /** The last sidebar shown, if any. */
  get sidebar(): DialogRecord | undefined {
    return [...this.dialogs].reverse().find((d) => d.kind === 'sidebar');
  }

  /** Every function name reachable from the menus (what a person can click). */
  menuFunctions(): string[] {
    const out: string[] = [];
    const walk = (items: MenuEntry[]) => {
      for (const e of items) {
        if (e.kind === 'item') out.push(e.functionName);
        else if (e.kind === 'submenu') walk(e.items);
      }
    };
    for (const m of this.menus) walk(m.items);
    return out;
  }
}
