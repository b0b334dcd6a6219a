// Fidelity of SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars, dialogs and toasts, recorded on the UiLog.
import { Emulator } from '../../src/emulator';

describe('SpreadsheetApp.getUi()', () => {
  // Source: https://developers.google.com/apps-script/reference/base/menu
  it('records menus with their items, separators and submenus', () => {
    const emu = new Emulator({
      source: `function onOpen(){
        var ui = SpreadsheetApp.getUi();
        ui.createMenu('SCN CRM').addItem('Open city', 'openCity').addSeparator()
          .addSubMenu(ui.createMenu('Help').addItem('About', 'showAbout')).addToUi();
      }`,
    });
    emu.call('onOpen');
    const ui = emu.backend.stores.spreadsheets.ui;
    expect(ui.menus).toEqual([
      {
        caption: 'SCN CRM',
        items: [
          { kind: 'item', caption: 'Open city', functionName: 'openCity' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Help',
            items: [{ kind: 'item', caption: 'About', functionName: 'showAbout' }],
          },
        ],
      },
    ]);
    expect(ui.menuFunctions()).toEqual(['openCity', 'showAbout']);
  });

  // Source: https://developers.google.com/apps-script/reference/base/ui#alerttitle,-prompt,-buttons
  it("alert in its 1-, 2- and 3-argument forms returns the queued button (default: the set's first)", () => {
    const emu = new Emulator({
      source: `function t(){
        var ui = SpreadsheetApp.getUi();
        var a = ui.alert('Saved.');
        var b = ui.alert('Delete?', ui.ButtonSet.YES_NO);
        var c = ui.alert('Confirm', 'Send 40 emails?', ui.ButtonSet.OK_CANCEL);
        return [a === ui.Button.OK, b === ui.Button.NO, c === ui.Button.OK];
      }`,
    });
    const log = emu.backend.stores.spreadsheets.ui;
    log.queueAnswer({});
    log.queueAnswer({ button: 'NO' });
    expect(emu.call('t')).toEqual([true, true, true]);
    expect(log.alerts.map((a) => [a.title, a.prompt, a.buttons, a.button])).toEqual([
      ['', 'Saved.', 'OK', 'OK'],
      ['', 'Delete?', 'YES_NO', 'NO'],
      ['Confirm', 'Send 40 emails?', 'OK_CANCEL', 'OK'],
    ]);
  });

  // Source: https://developers.google.com/apps-script/reference/base/prompt-response
  it('prompt returns a PromptResponse with the queued text and button', () => {
    const emu = new Emulator({
      source: `function t(){
        var ui = SpreadsheetApp.getUi();
        var r = ui.prompt('Reason', 'Why decline?', ui.ButtonSet.OK_CANCEL);
        var d = ui.prompt('Name?');
        return [r.getResponseText(), r.getSelectedButton() === ui.Button.CANCEL, d.getResponseText(), d.getSelectedButton() === ui.Button.OK];
      }`,
    });
    emu.backend.stores.spreadsheets.ui.queueAnswer({ button: 'CANCEL', text: 'Duplicate' });
    expect(emu.call('t')).toEqual(['Duplicate', true, '', true]);
  });

  // Source: https://developers.google.com/apps-script/guides/dialogs#custom_sidebars (sidebars have a fixed width)
  it('records sidebars at 300 px whatever setWidth says, and dialogs with their size and title', () => {
    const emu = new Emulator({
      source: `function t(){
        var ui = SpreadsheetApp.getUi();
        ui.showSidebar(HtmlService.createHtmlOutput('<p>city</p>').setTitle('City').setWidth(600));
        ui.showModalDialog(HtmlService.createHtmlOutput('<p>d</p>').setWidth(500).setHeight(320), 'Merge');
      }`,
    });
    emu.call('t');
    const log = emu.backend.stores.spreadsheets.ui;
    expect(log.dialogs.map(({ kind, title, html, width }) => ({ kind, title, html, width }))).toEqual([
      { kind: 'sidebar', title: 'City', html: '<p>city</p>', width: 300 },
      { kind: 'modal', title: 'Merge', html: '<p>d</p>', width: 500 },
    ]);
    expect(log.dialogs[1].height).toBe(320);
    expect(log.sidebar?.title).toBe('City');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds
  it('records toasts', () => {
    const emu = new Emulator({
      source: `function t(){ SpreadsheetApp.getActive().toast('Done', 'Import', 3); }`,
    });
    emu.call('t');
    expect(emu.backend.stores.spreadsheets.ui.toasts).toEqual([
      { message: 'Done', title: 'Import', timeoutSeconds: 3 },
    ]);
  });
});
