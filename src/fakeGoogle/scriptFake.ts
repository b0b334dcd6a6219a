// The fake's Apps Script API: projects.create (bound to a spreadsheet by parentId), projects.updateContent (replaces
// every file; the manifest must be a JSON file named "appsscript") and projects.getContent. References:
// https://developers.google.com/apps-script/api/reference/rest/v1/projects/create
// https://developers.google.com/apps-script/api/reference/rest/v1/projects/updateContent ("This clears all the
//   existing files in the project." … "it must be named \"appsscript\", must have type of JSON")
// https://developers.google.com/apps-script/api/reference/rest/v1/projects/getContent
import type { GoogleBackend } from '../emulator/backend';
import { ApiError, badRequest, type FakeRequest, notFound } from './fakeGoogle';

export interface ScriptFile {
  name: string;
  type: 'SERVER_JS' | 'HTML' | 'JSON';
  source: string;
}

export interface ScriptProject {
  scriptId: string;
  title: string;
  parentId?: string;
  owner: string;
  files: ScriptFile[];
  createTime: string;
  updateTime: string;
}

export function handleScript(
  g: GoogleBackend,
  projects: Map<string, ScriptProject>,
  req: FakeRequest,
): unknown {
  if (req.method === 'POST' && req.path === '/v1/projects') {
    const b = (req.body ?? {}) as { title?: string; parentId?: string };
    if (b.parentId && !g.stores.spreadsheets.get(b.parentId)) throw notFound();
    const now = new Date().toISOString();
    const p: ScriptProject = {
      scriptId: `1SCRIPTfake${String(projects.size + 1).padStart(6, '0')}${'z'.repeat(30)}`,
      title: b.title ?? 'Untitled project',
      ...(b.parentId ? { parentId: b.parentId } : {}),
      owner: req.user,
      files: [
        {
          name: 'appsscript',
          type: 'JSON',
          source: '{"timeZone":"America/New_York","exceptionLogging":"STACKDRIVER"}',
        },
        { name: 'Code', type: 'SERVER_JS', source: 'function myFunction() {\n  \n}\n' },
      ],
      createTime: now,
      updateTime: now,
    };
    projects.set(p.scriptId, p);
    return resource(p);
  }
  const m = /^\/v1\/projects\/([^/]+)\/content$/.exec(req.path);
  if (!m) throw new ApiError(404, `Not Found: ${req.path}`, 'NOT_FOUND');
  const p = projects.get(m[1]!);
  if (!p || p.owner !== req.user) throw notFound();
  if (req.method === 'GET') return { scriptId: p.scriptId, files: p.files };
  if (req.method === 'PUT') {
    const files = ((req.body ?? {}) as { files?: ScriptFile[] }).files ?? [];
    const manifest = files.find((f) => f.name === 'appsscript');
    if (!manifest || manifest.type !== 'JSON')
      throw badRequest('Invalid manifest: the project needs a JSON file named "appsscript".');
    try {
      JSON.parse(manifest.source);
    } catch {
      throw badRequest('Invalid manifest, unable to parse the appsscript.json file.');
    }
    p.files = files.map((f) => ({ name: f.name, type: f.type, source: f.source }));
    p.updateTime = new Date().toISOString();
    return { scriptId: p.scriptId, files: p.files };
  }
  throw new ApiError(404, `Not Found: ${req.method} ${req.path}`, 'NOT_FOUND');
}

function resource(p: ScriptProject) {
  return {
    scriptId: p.scriptId,
    title: p.title,
    ...(p.parentId ? { parentId: p.parentId } : {}),
    createTime: p.createTime,
    updateTime: p.updateTime,
  };
}
