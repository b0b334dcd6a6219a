// `crm login`: the installed-app flow with a loopback redirect, against the local fake's OAuth endpoints
// (src/fakeGoogle/oauthFake.ts). The refresh token is saved outside the repository, mode 0600, and later
// commands sign in with it; a wrong client secret, a refused consent and a revoked token each say what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tokenFile } from '../../../src/cli/google/auth';
import { runCli } from '../../../src/cli/main';
import { Emulator } from '../../../src/emulator';
import type { FakeGoogle } from '../../../src/fakeGoogle/fakeGoogle';
import { OWNER, startFake, tempDir } from '../../support/googleapis/harness';

jest.setTimeout(120_000);

const CLIENT_ID = 'desktop-client.apps.googleusercontent.com';
const SECRET = 'right-secret';

function clientFile(dir: string, secret = SECRET, kind = 'installed'): string {
  const file = path.join(dir, 'client_secret.json');
  fs.writeFileSync(file, JSON.stringify({ [kind]: { client_id: CLIENT_ID, client_secret: secret } }));
  return file;
}

/** Runs `crm login`, playing the person's browser: open the printed address, follow Google's redirect. */
async function login(fake: FakeGoogle, client: string, token: string) {
  let err = '';
  const out: string[] = [];
  let opened: Promise<Response> | undefined;
  const code = await runCli(['login', '--client', client], {
    out: (l) => out.push(l),
    err: (t) => {
      err += t;
      const url = /https?:\/\/\S+/.exec(t)?.[0];
      if (url && !opened) opened = fetch(url); // the redirect to 127.0.0.1 is followed, as a browser would
    },
    env: { SCN_CRM_OAUTH_URL: fake.rootUrl, SCN_CRM_TOKEN_FILE: token },
  });
  const page = opened ? await (await opened).text() : '';
  return { code, out, err, page };
}

describe('crm login (installed-app flow, loopback redirect)', () => {
  let fake: FakeGoogle;
  const emu = new Emulator();
  beforeAll(async () => {
    fake = await startFake(emu, { oauthClients: { [CLIENT_ID]: { secret: SECRET, user: OWNER } } });
  });
  afterAll(() => fake.stop());

  it('keeps the default token file in the home folder, outside the repository', () => {
    const file = tokenFile({});
    expect(file.startsWith(os.homedir())).toBe(true);
    expect(path.relative(process.cwd(), file).startsWith('..')).toBe(true);
  });

  it('signs in, saves the refresh token with mode 0600, and a later command uses it', async () => {
    const dir = tempDir('scn-login-');
    const token = path.join(dir, 'config', 'token.json');
    const r = await login(fake, clientFile(dir), token);
    expect(r.err).toContain('Open this address to sign in:');
    expect(r.err).toContain(`${fake.rootUrl}o/oauth2/v2/auth?`);
    expect(r.err).toMatch(/redirect_uri=http%3A%2F%2F127\.0\.0\.1%3A\d+/);
    expect(r.err).toContain('access_type=offline');
    expect(r.page).toBe('Signed in: you can close this tab.');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([`Signed in; the refresh token is in ${token} (readable by you only).`]);
    expect(fs.statSync(token).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(token)).mode & 0o777).toBe(0o700);
    const saved = JSON.parse(fs.readFileSync(token, 'utf8'));
    expect(fake.oauth.issued).toContain(saved.refresh_token);
    // A command with no token given: the saved sign-in is refreshed at the token endpoint, then the API answers.
    const errs: string[] = [];
    const book = emu.backend.stores.spreadsheets.bound;
    const backup = await runCli(['backup', '--spreadsheet', book.id, '--out', path.join(dir, 'b')], {
      out: () => {},
      err: (t) => errs.push(t),
      env: { SCN_CRM_ROOT_URL: fake.rootUrl, SCN_CRM_OAUTH_URL: fake.rootUrl, SCN_CRM_TOKEN_FILE: token },
    });
    expect(errs.join('')).not.toMatch(/refused the (saved sign-in|credentials)/);
    expect(fake.log.some((l) => l.path === '/token')).toBe(true);
    expect(fake.log.some((l) => l.api === 'sheets' && l.status === 200)).toBe(true);
    expect(backup).toBe(0);
    // Revoked in the Google Account: the next command says to sign in again.
    fake.oauth.revoke(saved.refresh_token);
    let said = '';
    const refused = await runCli(['backup', '--spreadsheet', book.id, '--out', dir], {
      out: () => {},
      err: (t) => {
        said += t;
      },
      env: { SCN_CRM_ROOT_URL: fake.rootUrl, SCN_CRM_OAUTH_URL: fake.rootUrl, SCN_CRM_TOKEN_FILE: token },
    });
    expect(refused).toBe(1);
    expect(said).toContain('Google refused the saved sign-in');
    expect(said).toContain('invalid_grant: Token has been expired or revoked.');
    expect(said).toContain('npm run crm -- login --client client_secret.json');
  });

  it('a wrong client secret is refused with a message that says which file and what to do; nothing is saved', async () => {
    const dir = tempDir('scn-login-bad-');
    const token = path.join(dir, 'token.json');
    const client = clientFile(dir, 'stale-secret');
    const r = await login(fake, client, token);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Google refused the OAuth client in ${client} (invalid_client: Unauthorized)`);
    expect(r.err).toContain('Desktop app');
    expect(fs.existsSync(token)).toBe(false);
  });

  it('a web-application client file and a refused consent are explained', async () => {
    const dir = tempDir('scn-login-web-');
    const token = path.join(dir, 'token.json');
    const web = await login(fake, clientFile(dir, SECRET, 'web'), token);
    expect(web.code).toBe(1);
    expect(web.err).toContain('is not an OAuth client of type "Desktop app"');
    fake.oauth.denyConsent = true;
    try {
      const denied = await login(fake, clientFile(dir), token);
      expect(denied.code).toBe(1);
      expect(denied.err).toContain('Sign-in failed: access_denied');
    } finally {
      fake.oauth.denyConsent = false;
    }
    expect(fs.existsSync(token)).toBe(false);
  });
});
