// The Strong Cities CRM command line (`npm run crm -- <command>`, or the `scn-crm` bin): backup, diff, restore and
// provision on the real Google APIs through the official googleapis client; login and verify-push. Node only.
import readline from 'node:readline/promises';
import { optional, parseArgs, required } from './args';
import { backup } from './backup/backup';
import { type CallerOptions, CliError } from './google/apiCaller';
import { authClient, login } from './google/auth';
import { makeClients } from './google/clients';
import { Progress } from './progress';
import { provision } from './provision/provision';
import { scriptIdOf, verifyPush } from './provision/verifyPush';
import { diffCommand } from './restore/diffCommand';
import { restore } from './restore/restore';
import type { Session } from './session';

export const HELP = `Strong Cities CRM command line

  backup    --spreadsheet ID [--out DIR] [--no-xlsx]
            every tab (values, formulas, notes, number formats, validation, protections) and the archive
            spreadsheets into DIR/backup-<time>-<id>/ (JSON with a checksum per tab, and .xlsx); rerun to resume
  diff      --spreadsheet ID --from BACKUP_DIR [--json]
            what changed since the backup, per tab and record id
  restore   --from BACKUP_DIR --spreadsheet ID [--tabs A,B] [--dry-run] [--yes]
            shows the diff, asks, then writes the backup's rows back (never deletes rows the backup lacks)
  provision --title T [--env dev|prod] [--dist dist]
            a new workbook from sheets-templates, its bound script project, the built bundle pushed
  verify-push --script ID | --clasp .clasp.dev.json [--dist dist]
            checks that the script project's files are exactly those of dist/
  login     --client client_secret.json
            signs in (installed-app flow, loopback redirect); saves a refresh token (0600) outside the repo

Credentials: --token, SCN_CRM_ACCESS_TOKEN, --key / GOOGLE_APPLICATION_CREDENTIALS (service account), or login.
Options for every command: --root-url URL (another API host, e.g. the local fake), --per-minute N (default 60).`;

export interface CliDeps {
  out?: (line: string) => void;
  err?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
  confirm?: (question: string) => Promise<boolean>;
  caller?: CallerOptions;
  /** Cells per request (tests lower it to get several chunks from a small workbook). */
  chunkCells?: number;
  tty?: boolean;
}

async function askOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/** Runs one command; resolves to the process exit code (0 done, 1 refused or failed, 2 bad usage). */
export async function runCli(argv: readonly string[], deps: CliDeps = {}): Promise<number> {
  const out = deps.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const err = deps.err ?? ((t: string) => process.stderr.write(t));
  const env = deps.env ?? process.env;
  try {
    const { command, options } = parseArgs(argv);
    if (command === 'help' || options.help) {
      out(HELP);
      return 0;
    }
    if (command === 'login') {
      const file = await login(
        required(options, 'client', 'login'),
        (url) => err(`Open this address to sign in:\n${url}\n`),
        env,
      );
      out(`Signed in; the refresh token is in ${file} (readable by you only).`);
      return 0;
    }
    const known = ['backup', 'diff', 'restore', 'provision', 'verify-push'];
    if (!known.includes(command)) throw new CliError(`Unknown command "${command}".\n\n${HELP}`);
    const auth = await authClient({ token: optional(options, 'token'), key: optional(options, 'key') }, env);
    const rootUrl = optional(options, 'root-url') ?? env.SCN_CRM_ROOT_URL;
    const perMinute = Number(optional(options, 'per-minute') ?? 60);
    const progress = new Progress(err, deps.tty ?? process.stderr.isTTY === true);
    const clients = makeClients(auth, rootUrl, {
      perMinute,
      onRetry: ({ label, status, attempt, waitMs }) =>
        progress.note(
          `Google answered ${status} to "${label}"; retry ${attempt} in ${(waitMs / 1000).toFixed(1)} s`,
        ),
      ...deps.caller,
    });
    const session: Session = {
      clients,
      caller: clients.caller,
      out,
      progress,
      confirm: deps.confirm ?? askOnTerminal,
      chunkCells: deps.chunkCells ?? Number(optional(options, 'chunk-cells') ?? 100_000),
    };
    let code = 0;
    if (command === 'backup')
      await backup(session, {
        spreadsheet: required(options, 'spreadsheet', 'backup'),
        out: optional(options, 'out'),
        xlsx: options['no-xlsx'] !== true,
      });
    else if (command === 'diff')
      code = await diffCommand(session, {
        spreadsheet: required(options, 'spreadsheet', 'diff'),
        from: required(options, 'from', 'diff'),
        json: options.json === true,
      });
    else if (command === 'restore')
      code = await restore(session, {
        spreadsheet: required(options, 'spreadsheet', 'restore'),
        from: required(options, 'from', 'restore'),
        tabs: optional(options, 'tabs')
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        dryRun: options['dry-run'] === true,
        yes: options.yes === true,
      });
    else if (command === 'provision')
      await provision(session, {
        title: required(options, 'title', 'provision'),
        env: (optional(options, 'env') ?? 'dev') as 'dev' | 'prod',
        dist: optional(options, 'dist') ?? 'dist',
      });
    else if (command === 'verify-push')
      code = await verifyPush(session, {
        script: optional(options, 'clasp')
          ? scriptIdOf(required(options, 'clasp', 'verify-push'))
          : required(options, 'script', 'verify-push'),
        dist: optional(options, 'dist') ?? 'dist',
      });
    const c = session.caller;
    err(
      `${c.total} API requests (${c.sent.read} reads, ${c.sent.write} writes, ${c.sent.other} other; ${c.retries} retries)\n`,
    );
    return code;
  } catch (e) {
    if (e instanceof CliError) {
      err(`Error: ${e.message}\n`);
      return /needs --|Unknown command|Unexpected argument/.test(e.message) ? 2 : 1;
    }
    err(`Unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
