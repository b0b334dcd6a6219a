// The fake's Drive API v3: files.list (a `q` of name, mimeType, parents and trashed terms joined by `and`),
// files.get, files.create (metadata only: folders and empty spreadsheets) and files.copy (not folders), over the
// emulator's Drive. References:
// https://developers.google.com/drive/api/reference/rest/v3/files/list
// https://developers.google.com/drive/api/guides/ref-search-terms
// https://developers.google.com/drive/api/reference/rest/v3/files/get
// https://developers.google.com/drive/api/reference/rest/v3/files/create
// https://developers.google.com/drive/api/reference/rest/v3/files/copy ("Folders cannot be copied.")
// The 404 body ("File not found: ID.", reason notFound) is believed from public reports.
import type { GoogleBackend } from '../emulator/backend';
import {
  type DriveItem,
  FOLDER_MIME_TYPE,
  SPREADSHEET_MIME_TYPE,
} from '../emulator/services/drive/driveStore';
import { ApiError, badRequest, type FakeRequest } from './fakeGoogle';

function fileResource(item: DriveItem) {
  return {
    kind: 'drive#file',
    id: item.id,
    name: item.name(),
    mimeType: item.mimeType,
    parents: item.parentId ? [item.parentId] : [],
    trashed: item.trashed,
  };
}

function fileNotFound(id: string): ApiError {
  return new ApiError(404, `File not found: ${id}.`, 'NOT_FOUND', 'notFound');
}

type Term = (item: DriveItem) => boolean;

/** Parses the subset of Drive's query language the CLI sends. */
function parseQuery(q: string, rootOf: (id: string) => string): Term[] {
  const unquote = (s: string) => s.slice(1, -1).replace(/\\'/g, "'");
  return q
    .split(/\s+and\s+/i)
    .filter((t) => t.trim() !== '')
    .map((raw): Term => {
      const t = raw.trim();
      let m = /^(name|mimeType)\s*(=|!=|contains)\s*('(?:[^'\\]|\\.)*')$/.exec(t);
      if (m) {
        const field = m[1] as 'name' | 'mimeType';
        const value = unquote(m[3]!);
        const get = (i: DriveItem) => (field === 'name' ? i.name() : i.mimeType);
        if (m[2] === '=') return (i) => get(i) === value;
        if (m[2] === '!=') return (i) => get(i) !== value;
        return (i) => get(i).includes(value);
      }
      m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/.exec(t);
      if (m) {
        const id = rootOf(unquote(m[1]!));
        return (i) => i.parentId === id;
      }
      m = /^trashed\s*=\s*(true|false)$/.exec(t);
      if (m) {
        const want = m[1] === 'true';
        return (i) => i.trashed === want;
      }
      throw new ApiError(400, `Invalid Value`, 'INVALID_ARGUMENT', 'invalid');
    });
}

export function handleDrive(g: GoogleBackend, req: FakeRequest): unknown {
  const drive = g.stores.drive;
  const rootOf = (id: string) => (id === 'root' ? drive.rootOf(req.user).id : id);
  const path = req.path.replace(/^\/drive\/v3/, '');
  if (req.method === 'GET' && path === '/files') {
    const terms = parseQuery(req.query.get('q') ?? '', rootOf);
    // visibleTo leaves trashed items out, as a query with `trashed = false` does.
    const files = drive.visibleTo(req.user).filter((i) => terms.every((t) => t(i)));
    const size = Math.min(Number(req.query.get('pageSize') ?? 100), 1000);
    const start = Number(req.query.get('pageToken') ?? 0);
    const page = files.slice(start, start + size);
    return {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map(fileResource),
      ...(start + size < files.length ? { nextPageToken: String(start + size) } : {}),
    };
  }
  let m = /^\/files\/([^/]+)$/.exec(path);
  if (m && req.method === 'GET') {
    const item = drive.get(m[1]!);
    if (!item || item.owner !== req.user) throw fileNotFound(m[1]!);
    return fileResource(item);
  }
  if (req.method === 'POST' && path === '/files') {
    const b = (req.body ?? {}) as { name?: string; mimeType?: string; parents?: string[] };
    const parent = rootOf(b.parents?.[0] ?? 'root');
    if (!drive.get(parent)) throw fileNotFound(parent);
    if (b.mimeType === FOLDER_MIME_TYPE)
      return fileResource(drive.addFolder(b.name ?? 'Untitled', req.user, parent));
    if (b.mimeType === SPREADSHEET_MIME_TYPE) {
      const book = g.stores.spreadsheets.create(b.name ?? 'Untitled spreadsheet', { owner: req.user });
      const item = drive.get(book.id)!;
      item.parentId = parent;
      return fileResource(item);
    }
    throw badRequest('The fake Drive creates folders and spreadsheets only.');
  }
  m = /^\/files\/([^/]+)\/copy$/.exec(path);
  if (m && req.method === 'POST') {
    const item = drive.get(m[1]!);
    if (!item || item.owner !== req.user) throw fileNotFound(m[1]!);
    if (item.mimeType === FOLDER_MIME_TYPE)
      throw new ApiError(
        403,
        'This file cannot be copied by the user.',
        'PERMISSION_DENIED',
        'cannotCopyFile',
      );
    const b = (req.body ?? {}) as { name?: string; parents?: string[] };
    if (item.mimeType !== SPREADSHEET_MIME_TYPE) throw badRequest('The fake Drive copies spreadsheets only.');
    const source = g.stores.spreadsheets.get(item.id)!;
    const copy = copySpreadsheet(g, source, b.name ?? `Copy of ${source.name}`, req.user);
    const copied = drive.get(copy)!;
    copied.parentId = rootOf(b.parents?.[0] ?? item.parentId);
    return fileResource(copied);
  }
  throw new ApiError(404, `Not Found: ${req.method} ${req.path}`, 'NOT_FOUND');
}

/** A copy of a workbook: every tab's values, formulas and metadata layers, protections. */
function copySpreadsheet(
  g: GoogleBackend,
  source: ReturnType<GoogleBackend['stores']['spreadsheets']['get']> & object,
  name: string,
  owner: string,
): string {
  const book = g.stores.spreadsheets.create(name, {
    owner,
    timeZone: source.timeZone,
    locale: source.locale,
  });
  source.sheets.forEach((s, i) => {
    const t = i === 0 ? book.sheets[0]! : book.insertSheet(s.name, undefined, s.maxRows, s.maxColumns);
    if (i === 0) {
      book.renameSheet(t, s.name);
      t.maxRows = s.maxRows;
      t.maxColumns = s.maxColumns;
    }
    t.rows = s.rows.map((r) => (r ? r.map((v) => (v instanceof Date ? new Date(v.getTime()) : v)) : r));
    t.formulas = s.formulas.map((f) => (f ? [...f] : f));
    t.frozenRows = s.frozenRows;
    const from = s.formats.all();
    const to = t.formats.all();
    from.forEach((layer, k) => {
      const grid = layer.getGrid(s.fullRect());
      to[k]!.setGrid(1, 1, grid);
    });
    t.protections = s.protections.map((p) => ({
      ...p,
      id: book.newProtectionId(),
      sheet: t,
      editors: [...p.editors],
    }));
  });
  return book.id;
}
