// Foundation, end to end: the shipped dist/ runs as Apps Script would run it, and the menu is built by the real bundle.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Emulator } from '../../src/emulator';
import { fireOpen } from '../../src/emulator/events';
import type { MenuEntry } from '../../src/emulator/services/spreadsheet/uiLog';
import { menuEntryPoints } from '../../src/server/menu/menuDefinition';

const dist = path.resolve(__dirname, '../../dist');
const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('is one classic script: no module syntax, no require', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('runs in a bare vm context without Node globals, and onOpen is a top-level function there', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const probe = vm.runInContext(
      '[typeof onOpen, typeof require, typeof process, typeof global, typeof setTimeout, typeof module]',
      context,
    );
    expect(probe).toEqual(['function', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('declares every entry point that the menu or a sidebar calls as a top-level function', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const fromMenu = menuEntryPoints();
    const uiDir = path.resolve(__dirname, '../../src/ui');
    const uiSources = (function walk(dir: string): string[] {
      return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? walk(p) : e.name.endsWith('.ts') ? [fs.readFileSync(p, 'utf8')] : [];
      });
    })(uiDir).join('\n');
    const fromSidebars = [...uiSources.matchAll(/callServer\(\s*'(\w+)'/g)].map((m) => m[1]);
    expect(fromSidebars).toContain('getAboutInfo');
    for (const name of [...fromMenu, ...fromSidebars]) {
      expect({ name, type: vm.runInContext(`typeof ${name}`, context) }).toEqual({ name, type: 'function' });
    }
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));

  it('uses V8, the workbook time zone and Stackdriver exception logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/London');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('lists explicit OAuth scopes (the build checks them against the code)', () => {
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  });
});

describe('pages', () => {
  it('every sidebar or dialog is one self-contained HTML file: no external scripts or styles', () => {
    const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('about.html');
    for (const page of pages) {
      const html = fs.readFileSync(path.join(dist, page), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link[^>]+stylesheet/i);
      expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    }
  });
});

describe('clasp', () => {
  it('pushes only the built files', () => {
    const clasp = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
  });
});

describe('opening the workbook', () => {
  it('onOpen builds the "SCN CRM" menu with every item wired to an entry point', () => {
    const emu = new Emulator();
    const [run] = fireOpen(emu, { user: 'coordinator@strongcities.org' });
    expect(run.status).toBe('ok');
    const menus = emu.backend.stores.spreadsheets.ui.menus;
    const menu = menus.find((m) => m.caption === 'SCN CRM');
    expect(menu).toBeDefined();
    const help = menu!.items.find((i) => i.kind === 'submenu' && i.caption === 'Help');
    expect(help).toMatchObject({
      kind: 'submenu',
      items: [{ kind: 'item', caption: 'About SCN CRM', functionName: 'showAbout' }],
    });
  });

  it('names, in every item of every menu onOpen builds (submenus included), a top-level function of dist/Code.js', () => {
    const emu = new Emulator();
    const [run] = fireOpen(emu, { user: 'coordinator@strongcities.org' });
    expect(run.status).toBe('ok');
    const handlers: string[] = [];
    const walk = (entries: MenuEntry[]): void => {
      for (const e of entries) {
        if (e.kind === 'item') handlers.push(e.functionName);
        if (e.kind === 'submenu') walk(e.items);
      }
    };
    for (const menu of emu.backend.stores.spreadsheets.ui.menus) walk(menu.items);
    expect(handlers).toContain('showAbout');
    // Apps Script calls a menu item's function by name in the script's global scope.
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const notFunctions = handlers.filter(
      (name) => !/^[A-Za-z_$][\w$]*$/.test(name) || vm.runInContext(`typeof ${name}`, context) !== 'function',
    );
    expect(notFunctions).toEqual([]);
  });

  it('builds the menu in AuthMode.NONE (before the user has authorised the script), touching nothing else', () => {
    const emu = new Emulator();
    const [run] = fireOpen(emu, { user: 'visitor@example.org', authMode: 'NONE' });
    expect(run.status).toBe('ok');
    const touched = run.execution.records.filter((r) => r.class !== 'other');
    expect(touched).toEqual([]);
  });
});
