// Fidelity tests: what an execution may call in AuthMode.NONE and AuthMode.LIMITED (simple triggers).
import { Emulator } from '../../src/emulator';
import { GoogleBackend } from '../../src/emulator/backend';
import { ServiceObject } from '../../src/emulator/runtime/serviceObject';
import { authRefusal } from '../../src/emulator/services/script/authPolicy';

const source = String.raw`
function readProps() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function makeTrigger() { ScriptApp.newTrigger('f').timeBased().everyHours(1).create(); }
function sendMail() { MailApp.sendEmail('a@x.org', 'Hi', 'Body'); }
function harmless() { Logger.log('hi'); return [Utilities.formatDate(new Date(0), 'UTC', 'yyyy'), Session.getScriptTimeZone(), ScriptApp.AuthMode.NONE]; }
`;

class Fake extends ServiceObject {
  constructor(
    readonly _service: string,
    readonly _type: string,
  ) {
    super(new GoogleBackend());
  }
}

describe('AuthMode.NONE', () => {
  // Source: https://developers.google.com/apps-script/reference/script/auth-mode ("does not allow access to any
  // services that require authorization"; the sample reads properties only outside NONE)
  it("refuses the Properties service with Google's permission message", () => {
    const emu = new Emulator({ source });
    const r = emu.run('readProps', [], { authMode: 'NONE' });
    expect(r.error).toBe(
      'Exception: You do not have permission to call PropertiesService.getDocumentProperties. Required permissions: https://www.googleapis.com/auth/script.storage',
    );
  });

  // Source: https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
  it('allows Logger, Utilities, the time zone and enums', () => {
    const emu = new Emulator({ source });
    expect(emu.run('harmless', [], { authMode: 'NONE' }).value).toEqual(['1970', 'Europe/London', 'NONE']);
  });

  // Source: https://developers.google.com/apps-script/reference/script/auth-mode ("Add a normal menu item (works in
  // all authorization modes)")
  it('allows building menus but not reading the spreadsheet', () => {
    expect(authRefusal('NONE', new Fake('SpreadsheetApp', 'SpreadsheetApp'), 'getUi')).toBeUndefined();
    expect(authRefusal('NONE', new Fake('SpreadsheetApp', 'Menu'), 'addItem')).toBeUndefined();
    expect(authRefusal('NONE', new Fake('SpreadsheetApp', 'SpreadsheetApp'), 'getActiveSpreadsheet')).toMatch(
      /^You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet\./,
    );
    expect(authRefusal('NONE', new Fake('SpreadsheetApp', 'Range'), 'getValues')).toMatch(/Range\.getValues/);
  });
});

describe('AuthMode.LIMITED (simple triggers)', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers#restrictions ("a simple trigger cannot send an
  // email because the Gmail service requires authorization")
  it('refuses sending mail', () => {
    const emu = new Emulator({ source });
    const r = emu.run('sendMail', [], { authMode: 'LIMITED' });
    expect(r.error).toBe(
      'Exception: You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  // Source: https://developers.google.com/apps-script/guides/triggers#restrictions (services that require
  // authorization) and https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
  it('refuses creating installable triggers but allows the bound file and properties', () => {
    const emu = new Emulator({ source });
    expect(emu.run('makeTrigger', [], { authMode: 'LIMITED' }).error).toMatch(
      /^Exception: You do not have permission to call ScriptApp\.newTrigger\./,
    );
    expect(emu.run('readProps', [], { authMode: 'LIMITED' }).status).toBe('ok');
    expect(
      authRefusal('LIMITED', new Fake('SpreadsheetApp', 'SpreadsheetApp'), 'getActiveSpreadsheet'),
    ).toBeUndefined();
    expect(authRefusal('LIMITED', new Fake('SpreadsheetApp', 'SpreadsheetApp'), 'openById')).toMatch(
      /SpreadsheetApp\.openById\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/spreadsheets$/,
    );
  });

  it('FULL allows everything', () => {
    expect(authRefusal('FULL', new Fake('MailApp', 'MailApp'), 'sendEmail')).toBeUndefined();
  });
});
