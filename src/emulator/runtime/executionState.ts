// What the backend knows about one running execution: who runs it, its handles, its calls, its limits and faults.
import type { CallClass } from '../latency';
import type { ServiceObject } from './serviceObject';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** One service call as the emulator recorded it. */
export interface CallRecord {
  execution: number;
  service: string;
  type: string;
  method: string;
  class: CallClass;
  cellsRead: number;
  cellsWritten: number;
  /** Cells a search (TextFinder) looked at inside Sheets without sending them to the script. */
  cellsScanned?: number;
  ms: number;
  /** The error message when the call threw. */
  error?: string;
}

/** A fault to inject: the k-th call (1-based) of the execution throws `message` instead of running. */
export interface InjectedFault {
  atCall: number;
  message: string;
}

export interface ExecutionOptions {
  /** The user at the keyboard (Session.getActiveUser) and, unless `effectiveUser` is given, the effective user. */
  user?: string;
  effectiveUser?: string;
  authMode?: AuthMode;
  /** Stop the execution (as a timeout or crash would) just before its k-th service call runs. */
  stopAtCall?: number;
  /** Make chosen calls throw, as a transient service error or a quota error would. */
  faults?: InjectedFault[];
  /** The execution time limit in modelled ms; Apps Script's is 6 minutes. */
  limitMs?: number;
  /** What started the execution, for logs: 'menu', 'onOpen', 'trigger:onFormSubmit', 'google.script.run'… */
  origin?: string;
}

export class ExecutionState {
  readonly handles = new Map<number, ServiceObject>();
  readonly handleIds = new WeakMap<ServiceObject, number>();
  nextHandle = 1;
  calls = 0;
  ms = 0;
  cellsRead = 0;
  cellsWritten = 0;
  killed = false;
  killReason = '';
  ended = false;
  readonly records: CallRecord[] = [];
  /** The source of the script being run (tests tell fidelity scripts from the shipped bundle by it). */
  scriptSource = '';
  readonly logs: { level: string; message: string }[] = [];
  /** Hooks run when the execution ends (LockService releases its locks here). */
  readonly onEnd: (() => void)[] = [];
  /**
   * Runs JavaScript source in the script's own realm (its globals visible) and calls the function it
   * evaluates to with `wireArgs` imported into that realm. Set by the execution runner; HtmlService
   * templates use it so scriptlets can call the script's functions, as in Apps Script.
   */
  evalInScript?: (code: string, wireArgs: unknown[]) => unknown;
  /** Cells the current call has moved, reported by the service object through `account`. */
  pendingRead = 0;
  pendingWritten = 0;
  pendingScanned = 0;
  /** Spreadsheet cells written since the execution's last SpreadsheetApp.flush(): what the next flush applies. */
  unflushedCells = 0;

  constructor(
    readonly id: number,
    readonly user: string,
    readonly effectiveUser: string,
    readonly authMode: AuthMode,
    readonly options: ExecutionOptions,
  ) {}

  /** Called by service objects to report the cells a call moved. */
  account(cells: { read?: number; written?: number; scanned?: number }): void {
    this.pendingRead += cells.read ?? 0;
    this.pendingWritten += cells.written ?? 0;
    this.pendingScanned += cells.scanned ?? 0;
  }

  handleFor(obj: ServiceObject): number {
    let id = this.handleIds.get(obj);
    if (id === undefined) {
      id = this.nextHandle++;
      this.handleIds.set(obj, id);
      this.handles.set(id, obj);
    }
    return id;
  }
}
