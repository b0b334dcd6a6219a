// The fake Google's fidelity, through the real googleapis client: what each behaviour rests on is cited.
// - batchUpdate is all or nothing: "If any request is not valid then the entire request will fail and nothing will
//   be applied." https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
// - Sheets quotas, 429 when over: https://developers.google.com/sheets/api/limits (the message text is believed,
//   from public reports).
// - Errors carry code, message and status: https://cloud.google.com/apis/design/errors
// - files.copy: "Folders cannot be copied." https://developers.google.com/drive/api/reference/rest/v3/files/copy
//   (the 403 cannotCopyFile reason is believed from public reports).
// - updateContent needs the manifest named "appsscript", of type JSON, and replaces every file:
//   https://developers.google.com/apps-script/api/reference/rest/v1/projects/updateContent
// - A spreadsheet created with sheets has those sheets (no extra Sheet1):
//   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
import { OAuth2Client } from 'google-auth-library';
import { makeClients } from '../../../src/cli/google/clients';
import { Emulator } from '../../../src/emulator';
import type { FakeGoogle } from '../../../src/fakeGoogle/fakeGoogle';
import { OWNER, startFake, TOKEN } from '../../support/googleapis/harness';

function clientsFor(fake: FakeGoogle, token = TOKEN) {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: token });
  return makeClients(auth, fake.rootUrl);
}

async function failure(
  p: Promise<unknown>,
): Promise<{ status: number; error: { code: number; message: string; status: string } }> {
  try {
    await p;
  } catch (e) {
    const r = (
      e as {
        response: { status: number; data: { error: { code: number; message: string; status: string } } };
      }
    ).response;
    return { status: r.status, error: r.data.error };
  }
  throw new Error('expected a failure');
}

describe('the fake Google (fidelity)', () => {
  let emu: Emulator;
  let fake: FakeGoogle;
  beforeAll(async () => {
    emu = new Emulator();
    fake = await startFake(emu, { perUser: 4, windowMs: 400 });
  });
  afterAll(() => fake.stop());

  it('applies a batchUpdate all or nothing', async () => {
    const { sheets } = clientsFor(fake);
    const created = await sheets.spreadsheets.create({
      requestBody: { properties: { title: 'F' }, sheets: [{ properties: { title: 'A' } }] },
    });
    expect(created.data.sheets!.map((s) => s.properties!.title)).toEqual(['A']);
    const id = created.data.spreadsheetId!;
    const sheetId = created.data.sheets![0]!.properties!.sheetId!;
    const f = await failure(
      sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: {
          requests: [
            {
              updateCells: {
                start: { sheetId, rowIndex: 0, columnIndex: 0 },
                rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
                fields: 'userEnteredValue',
              },
            },
            {
              updateCells: {
                start: { sheetId, rowIndex: 5000, columnIndex: 0 },
                rows: [{ values: [{}] }],
                fields: 'userEnteredValue',
              },
            },
          ],
        },
      }),
    );
    expect(f.status).toBe(400);
    expect(f.error.status).toBe('INVALID_ARGUMENT');
    expect(f.error.message).toMatch(/exceeds grid limits/);
    expect(emu.backend.stores.spreadsheets.get(id)!.sheets[0]!.getValues(1, 1, 1, 1)[0]![0]).toBe('');
  });

  it("answers 404 for a missing spreadsheet and 401 for a bad token, in Google's error shape", async () => {
    const missing = await failure(clientsFor(fake).sheets.spreadsheets.get({ spreadsheetId: 'nope' }));
    expect(missing).toEqual({
      status: 404,
      error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' },
    });
    const bad = await failure(clientsFor(fake, 'bad').sheets.spreadsheets.get({ spreadsheetId: 'nope' }));
    expect(bad.status).toBe(401);
    expect(bad.error.status).toBe('UNAUTHENTICATED');
  });

  it('refuses the requests over the per-minute quota with 429, and refills after the window', async () => {
    const { sheets } = clientsFor(fake);
    await new Promise((r) => setTimeout(r, 450));
    const id = emu.backend.stores.spreadsheets.bound.id;
    for (let i = 0; i < 4; i++) await sheets.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' });
    const over = await failure(sheets.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' }));
    expect(over.status).toBe(429);
    expect(over.error.status).toBe('RESOURCE_EXHAUSTED');
    expect(over.error.message).toMatch(
      /Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'/,
    );
    // Writes have their own budget.
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: id,
      requestBody: { valueInputOption: 'RAW', data: [{ range: 'Sheet1!A1', values: [['=1+1']] }] },
    });
    expect(emu.backend.stores.spreadsheets.bound.sheets[0]!.getValues(1, 1, 1, 1)[0]![0]).toBe('=1+1');
    await new Promise((r) => setTimeout(r, 450));
    await sheets.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' });
  });

  it('lists and copies Drive files, refusing to copy a folder', async () => {
    const { drive } = clientsFor(fake);
    const folder = await drive.files.create({
      requestBody: { name: 'Backups', mimeType: 'application/vnd.google-apps.folder' },
    });
    const list = await drive.files.list({
      q: "name = 'Backups' and mimeType = 'application/vnd.google-apps.folder' and trashed = false",
    });
    expect(list.data.files!.map((f) => f.id)).toEqual([folder.data.id]);
    const copy = await drive.files.copy({
      fileId: emu.backend.stores.spreadsheets.bound.id,
      requestBody: { name: 'Snapshot', parents: [folder.data.id!] },
    });
    expect((await drive.files.get({ fileId: copy.data.id! })).data.parents).toEqual([folder.data.id]);
    const refused = await failure(drive.files.copy({ fileId: folder.data.id! }));
    expect(refused.status).toBe(403);
  });

  it('creates a bound script project and replaces all its files; a manifest is required', async () => {
    const { script } = clientsFor(fake);
    const p = await script.projects.create({
      requestBody: { title: 'S', parentId: emu.backend.stores.spreadsheets.bound.id },
    });
    const scriptId = p.data.scriptId!;
    const bad = await failure(
      script.projects.updateContent({
        scriptId,
        requestBody: { files: [{ name: 'Code', type: 'SERVER_JS', source: '' }] },
      }),
    );
    expect(bad.status).toBe(400);
    await script.projects.updateContent({
      scriptId,
      requestBody: {
        files: [
          { name: 'appsscript', type: 'JSON', source: '{"timeZone":"Europe/London"}' },
          { name: 'Main', type: 'SERVER_JS', source: 'function a(){}' },
        ],
      },
    });
    const c = await script.projects.getContent({ scriptId });
    expect(c.data.files!.map((f) => f.name)).toEqual(['appsscript', 'Main']);
    void OWNER;
  });
});
