// Command-line arguments: `crm <command> [--name value | --flag] …`.
import { CliError } from './google/apiCaller';

export interface Parsed {
  command: string;
  options: Record<string, string | true>;
}

const FLAGS = new Set(['dry-run', 'yes', 'json', 'no-xlsx', 'help']);

export function parseArgs(argv: readonly string[]): Parsed {
  const [command = 'help', ...rest] = argv;
  const options: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!a.startsWith('--')) throw new CliError(`Unexpected argument "${a}" (options start with --).`);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (eq > 0) options[name] = a.slice(eq + 1);
    else if (FLAGS.has(name)) options[name] = true;
    else {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new CliError(`--${name} needs a value.`);
      options[name] = v;
      i++;
    }
  }
  return { command, options };
}

export function required(options: Record<string, string | true>, name: string, command: string): string {
  const v = options[name];
  if (typeof v !== 'string' || v === '')
    throw new CliError(`${command} needs --${name} (see \`npm run crm -- help\`).`);
  return v;
}

export function optional(options: Record<string, string | true>, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}
