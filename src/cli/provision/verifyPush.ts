// `crm verify-push --script ID [--dist dist]`: reads the script project back (projects.getContent) and compares it
// file by file with dist/, because `clasp push` has been reported to claim success while the Apps Script API is off
// (believed from public reports). npm run deploy runs it after every push.
// https://developers.google.com/apps-script/api/reference/rest/v1/projects/getContent
import fs from 'node:fs';
import { CliError } from '../google/apiCaller';
import type { Session } from '../session';
import { compareFiles, filesOfDist, type ScriptFile } from './scriptFiles';

export async function pushedFiles(session: Session, scriptId: string): Promise<ScriptFile[]> {
  const content = await session.caller.call('read the script project', 'other', () =>
    session.clients.script.projects.getContent({ scriptId }),
  );
  return (content.files ?? []).map((f) => ({
    name: f.name!,
    type: f.type as ScriptFile['type'],
    source: f.source ?? '',
  }));
}

export async function verifyPush(session: Session, o: { script: string; dist: string }): Promise<number> {
  const built = filesOfDist(o.dist);
  const problems = compareFiles(await pushedFiles(session, o.script), built);
  if (problems.length === 0) {
    session.out(`The script project ${o.script} holds exactly the ${built.length} files of ${o.dist}/.`);
    return 0;
  }
  for (const p of problems) session.out(p);
  session.out(
    'The push did not land as built: check that the Apps Script API is on (https://script.google.com/home/usersettings) and push again.',
  );
  return 1;
}

/** The script id in a clasp project file (.clasp.dev.json, .clasp.prod.json). */
export function scriptIdOf(claspFile: string): string {
  if (!fs.existsSync(claspFile))
    throw new CliError(
      `No ${claspFile}: run \`npm run crm -- provision\` or write it (README, "Deploying").`,
    );
  const id = (JSON.parse(fs.readFileSync(claspFile, 'utf8')) as { scriptId?: string }).scriptId;
  if (!id || id.startsWith('REPLACE')) throw new CliError(`${claspFile} has no scriptId.`);
  return id;
}
