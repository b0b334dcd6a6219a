// `crm provision --title T [--env dev|prod]`: a new workbook from sheets-templates (three calls: create, headers and
// Settings rows, formats/validation/protections), its bound Apps Script project (projects.create with the
// workbook as parent), the built bundle pushed (projects.updateContent) and read back to check it landed; then
// the project file clasp deploys with (.clasp.dev.json or .clasp.prod.json; git-ignored) and what to do next.
// https://developers.google.com/apps-script/api/reference/rest/v1/projects/create
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../google/apiCaller';
import { writePrivateFile } from '../google/auth';
import type { Session } from '../session';
import { compareFiles, filesOfDist } from './scriptFiles';
import { pushedFiles } from './verifyPush';
import { createBody, decorationRequests, headerValues } from './workbookRequests';

export interface ProvisionResult {
  spreadsheetId: string;
  scriptId: string;
  url: string;
  claspFile: string | undefined;
}

export async function provision(
  session: Session,
  o: { title: string; env: 'dev' | 'prod'; dist: string; claspDir?: string },
): Promise<ProvisionResult> {
  if (o.env !== 'dev' && o.env !== 'prod') throw new CliError('--env is dev or prod.');
  const files = filesOfDist(o.dist);
  const manifest = JSON.parse(files.find((f) => f.name === 'appsscript')!.source) as { timeZone?: string };
  const sheets = session.clients.sheets.spreadsheets;
  session.progress.plan(5);
  const created = await session.caller.call('create the workbook', 'write', () =>
    sheets.create({ requestBody: createBody(o.title, manifest.timeZone ?? 'Europe/London') }),
  );
  const spreadsheetId = created.spreadsheetId!;
  session.progress.tick(`created ${o.title}`);
  const ids = new Map((created.sheets ?? []).map((s) => [s.properties!.title!, s.properties!.sheetId!]));
  await session.caller.call('write the headers and Settings', 'write', () =>
    sheets.values.batchUpdate({
      spreadsheetId,
      requestBody: { valueInputOption: 'RAW', data: headerValues() },
    }),
  );
  session.progress.tick('headers and Settings');
  await session.caller.call('lay formats, validation and protections', 'write', () =>
    sheets.batchUpdate({ spreadsheetId, requestBody: { requests: decorationRequests(ids) } }),
  );
  session.progress.tick('formats, validation, protections');
  const project = await session.caller.call('create the bound script project', 'other', () =>
    session.clients.script.projects.create({
      requestBody: { title: `${o.title} (script)`, parentId: spreadsheetId },
    }),
  );
  const scriptId = project.scriptId!;
  await session.caller.call('push the bundle', 'other', () =>
    session.clients.script.projects.updateContent({ scriptId, requestBody: { files } }),
  );
  session.progress.tick('bundle pushed');
  const problems = compareFiles(await pushedFiles(session, scriptId), files);
  if (problems.length > 0)
    throw new CliError(`The pushed project does not match ${o.dist}/: ${problems.join('; ')}`);
  session.progress.tick('push verified');
  const claspFile = path.join(o.claspDir ?? '.', o.env === 'prod' ? '.clasp.prod.json' : '.clasp.dev.json');
  let wrote: string | undefined;
  if (!fs.existsSync(claspFile)) {
    writePrivateFile(claspFile, `${JSON.stringify({ scriptId, rootDir: 'dist' }, null, 2)}\n`);
    wrote = claspFile;
  }
  const url = created.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
  session.out(`Workbook: ${url}`);
  session.out(
    `Script project: ${scriptId} (bound to the workbook; ${files.length} files pushed and checked)`,
  );
  session.out(
    wrote
      ? `Wrote ${wrote} (git-ignored): \`npm run ${o.env === 'prod' ? 'deploy:prod' : 'deploy'}\` pushes there from now on.`
      : `${claspFile} exists already: put "scriptId": "${scriptId}" in it to deploy to this workbook.`,
  );
  session.out(
    'Next: open the workbook once, then SCN CRM › Data › Set up or repair workbook (authorises the add-on, creates the intake forms and installs the triggers).',
  );
  return { spreadsheetId, scriptId, url, claspFile: wrote };
}
