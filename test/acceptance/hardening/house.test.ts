// Issue 10 item 13 (the house): demo and benchmark data live beside their users, not in core, and never reach the
// shipped bundle; the write path (store ↔ audit) has one direction, with no import cycle between the two.
// No two rooms of src import each other.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (rel.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** The project files a file imports (relative imports, type-only imports included: they still tie the files). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/from '(\.[^']+)'/g)) {
    const base = path.join(path.dirname(file), m[1]!);
    for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')])
      if (fs.existsSync(path.join(ROOT, candidate))) out.push(candidate);
  }
  return out;
}

describe('the house (issue 10 item 13)', () => {
  it('core holds no demo data, imports nothing of src/demo, and the bundle ships no demo generator', () => {
    expect(fs.existsSync(path.join(ROOT, 'src/core/demo'))).toBe(false);
    const coreImportsDemo = sourceFiles('src/core').filter((f) =>
      importsOf(f).some((i) => i.startsWith(`src${path.sep}demo`)),
    );
    expect(coreImportsDemo).toEqual([]);
    const bundle = fs.readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8');
    expect(bundle).not.toMatch(/generateDemoWorkbook|demoSheetValues/);
  });

  it('no import cycle runs between the store and the audit log', () => {
    const files = [...sourceFiles('src/server/store'), ...sourceFiles('src/server/audit')];
    const inScope = new Set(files);
    const edges = new Map(files.map((f) => [f, importsOf(f).filter((i) => inScope.has(i))]));
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      for (const next of edges.get(f) ?? []) {
        const at = trail.indexOf(next);
        if (at < 0) {
          visit(next, [...trail, next]);
          continue;
        }
        const loop = [...trail.slice(at), next];
        // The store's own files refer to each other (a table and its session); the circles ran through audit.
        if (loop.some((x) => x.includes(`${path.sep}audit${path.sep}`))) cycles.push(loop.join(' → '));
      }
    };
    for (const f of files) visit(f, [f]);
    expect(cycles).toEqual([]);
  });

  it('the store imports no use case: of src/server it reaches only the audit log below it', () => {
    const upward = sourceFiles('src/server/store').flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith(`src${path.sep}server${path.sep}`))
        .filter((i) => !/^src[\\/]server[\\/](store|audit)[\\/]/.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(upward).toEqual([]);
  });

  it('no two rooms of src import each other (data flows one way between layers)', () => {
    const rooms = fs
      .readdirSync(path.join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory());
    const roomOf = (file: string) => file.split(path.sep)[1]!;
    const uses = new Set<string>();
    for (const room of rooms)
      for (const f of sourceFiles(path.join('src', room.name)))
        for (const i of importsOf(f)) if (roomOf(i) !== room.name) uses.add(`${room.name} → ${roomOf(i)}`);
    expect(uses.size).toBeGreaterThan(3);
    const both = [...uses].filter((u) => uses.has(u.split(' → ').reverse().join(' → ')));
    expect(both).toEqual([]);
  });
});
