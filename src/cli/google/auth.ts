// Credentials for the CLI, in this order: an access token given outright (`--token` or SCN_CRM_ACCESS_TOKEN: tests,
// CI, a token from `gcloud auth print-access-token`); a service-account key (`--key FILE` or
// GOOGLE_APPLICATION_CREDENTIALS); else the person's own sign-in saved by `crm login` (the installed-app flow with a
// loopback redirect: https://developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback).
// Saved tokens live outside the repository, in ~/.config/scn-crm/token.json (or SCN_CRM_TOKEN_FILE), mode 0600.
// SCN_CRM_OAUTH_URL points the sign-in at other OAuth endpoints (the tests' local fake: src/fakeGoogle).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { CliError } from './apiCaller';

/** What the CLI asks for: the workbooks, Drive (archive folders, new workbooks), the script project (provision). */
export const CLI_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/script.projects',
];

export function tokenFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.SCN_CRM_TOKEN_FILE ?? path.join(os.homedir(), '.config', 'scn-crm', 'token.json');
}

/**
 * The authorisation page and token endpoint: Google's (the client library's defaults) unless SCN_CRM_OAUTH_URL
 * names a base such as the local fake's http://127.0.0.1:PORT/.
 */
function oauthEndpoints(
  env: NodeJS.ProcessEnv,
): { oauth2AuthBaseUrl: string; oauth2TokenUrl: string } | undefined {
  const base = env.SCN_CRM_OAUTH_URL;
  if (!base) return undefined;
  const root = base.endsWith('/') ? base : `${base}/`;
  return { oauth2AuthBaseUrl: `${root}o/oauth2/v2/auth`, oauth2TokenUrl: `${root}token` };
}

/** The OAuth answer's error code and description (RFC 6749 §5.2), when the failure is one. */
export function oauthErrorOf(e: unknown): { error: string; description: string } | null {
  const data = (e as { response?: { data?: unknown } }).response?.data as
    | { error?: unknown; error_description?: unknown }
    | undefined;
  if (!data || typeof data.error !== 'string') return null;
  return { error: data.error, description: String(data.error_description ?? '') };
}

/** A refused sign-in as what to do about it. */
function signInError(e: unknown, clientFile: string): CliError {
  const o = oauthErrorOf(e);
  if (o?.error === 'invalid_client')
    return new CliError(
      `Google refused the OAuth client in ${clientFile} (invalid_client: ${o.description}). Download the "Desktop app" client's JSON again from the Google Cloud console (APIs & Services › Credentials): its secret may have been reset or the client deleted.`,
    );
  if (o?.error === 'invalid_grant')
    return new CliError(
      `Google refused the sign-in code (invalid_grant: ${o.description}). Run login again and finish it in one go.`,
    );
  return new CliError(`Sign-in failed: ${o ? `${o.error}: ${o.description}` : (e as Error).message}`);
}

/** Node's own fetch for the token endpoint too (see clients.ts: gaxios otherwise imports node-fetch dynamically). */
const NODE_FETCH = { fetchImplementation: globalThis.fetch };

interface SavedLogin {
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

/** Writes a file only its owner can read (0600), in a folder only its owner can open (0700). */
export function writePrivateFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

export interface AuthOptions {
  token?: string;
  key?: string;
}

export async function authClient(
  options: AuthOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<unknown> {
  const token = options.token ?? env.SCN_CRM_ACCESS_TOKEN;
  if (token) {
    const client = new OAuth2Client();
    client.setCredentials({ access_token: token });
    return client;
  }
  const key = options.key ?? env.GOOGLE_APPLICATION_CREDENTIALS;
  if (key) {
    if (!fs.existsSync(key)) throw new CliError(`No service-account key at ${key}.`);
    return new GoogleAuth({ keyFile: key, scopes: CLI_SCOPES }).getClient();
  }
  const file = tokenFile(env);
  if (!fs.existsSync(file))
    throw new CliError(
      'Not signed in. Run `npm run crm -- login --client client_secret.json` once (README, "Command line"), or pass --key with a service-account key.',
    );
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedLogin;
  const client = new OAuth2Client({
    clientId: saved.client_id,
    clientSecret: saved.client_secret,
    endpoints: oauthEndpoints(env),
    transporterOptions: NODE_FETCH,
  });
  client.setCredentials({ refresh_token: saved.refresh_token });
  return client;
}

/**
 * The installed-app flow: a one-off server on 127.0.0.1 receives Google's redirect with the code, which is exchanged
 * for tokens; the refresh token is saved (0600). `open` is told the URL to show the person.
 */
export async function login(
  clientFile: string,
  open: (url: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const raw = JSON.parse(fs.readFileSync(clientFile, 'utf8')) as {
    installed?: { client_id: string; client_secret: string };
  };
  if (!raw.installed)
    throw new CliError(
      `${clientFile} is not an OAuth client of type "Desktop app" (it has no "installed" section).`,
    );
  const { client_id, client_secret } = raw.installed;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const client = new OAuth2Client({
    clientId: client_id,
    clientSecret: client_secret,
    redirectUri,
    endpoints: oauthEndpoints(env),
    transporterOptions: NODE_FETCH,
  });
  const url = client.generateAuthUrl({ access_type: 'offline', prompt: 'consent', scope: CLI_SCOPES });
  const code = await new Promise<string>((resolve, reject) => {
    server.on('request', (req, res) => {
      const u = new URL(req.url ?? '/', redirectUri);
      const c = u.searchParams.get('code');
      res.end(c ? 'Signed in: you can close this tab.' : `Sign-in failed: ${u.searchParams.get('error')}`);
      if (c) resolve(c);
      else reject(new CliError(`Sign-in failed: ${u.searchParams.get('error')}`));
    });
    open(url);
  }).finally(() => server.close());
  const { tokens } = await client.getToken(code).catch((e: unknown) => {
    throw signInError(e, clientFile);
  });
  if (!tokens.refresh_token) throw new CliError('Google sent no refresh token; run login again.');
  const file = tokenFile(env);
  writePrivateFile(file, JSON.stringify({ client_id, client_secret, refresh_token: tokens.refresh_token }));
  return file;
}
