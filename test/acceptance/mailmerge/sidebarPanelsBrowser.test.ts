// Issue 12 items 3 and 5 in Chromium: the mailing sidebar's event-participation filter, Drive files attached or
// linked, and saving a draft, listing the saved drafts and reopening one.
import type { BrowserContext } from 'playwright-core';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage } from '../../browser/harness';
import { lastSidebar } from '../sidebars/harness';
import { COMMS, mailWorld, ok, tabRows } from './world';

describeBrowser('mailing sidebar: event filter, Drive files, drafts (issue 12)', () => {
  const { emu, ids } = mailWorld();
  const pages: Record<string, string> = {};
  let server: SidebarServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  const save = (tab: string, fields: Record<string, unknown>) =>
    ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;
  const forum = save('Events', {
    name: 'Youth forum',
    type: 'workshop',
    startsOn: '2026-02-10',
    endsOn: '2026-02-11',
    status: 'planned',
  });
  save('Participants', { eventId: forum, contactId: ids.claire, role: 'participant', status: 'attended' });
  save('Participants', { eventId: forum, contactId: ids.amina, role: 'participant', status: 'invited' });
  const drive = emu.backend.stores.drive;
  const manual = drive.addFile(
    'Training manual.pdf',
    'application/pdf',
    COMMS,
    Buffer.alloc(2 * 1024 * 1024, 1),
  );
  const brief = drive.addFile('Briefing.pdf', 'application/pdf', COMMS, Buffer.alloc(30_000, 1));

  beforeAll(async () => {
    server = await startSidebarServer({ emu, user: COMMS, pages, strictReturnValues: true });
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async () => {
    ok(emu, 'showNewMailing', [], COMMS);
    pages['mailing'] = lastSidebar(emu).html;
    const opened = await openPage(context, server.pageUrl('mailing'));
    await opened.page.waitForSelector('body[data-loaded]');
    return opened;
  };

  it('filters by event participation, attaches and links Drive files, saves a draft and reopens it', async () => {
    const { page, errors } = await open();
    await page.fill('#mailing-name', 'Forum follow-up');
    await page.selectOption('#mailing-template', 'Briefing');
    await page.selectOption('#filter-eventIds', { label: 'Youth forum (2026-02-10)' });
    await page.selectOption('#filter-eventStatuses', ['attended']);
    await page.click('#show-audience');
    await page.waitForSelector('#audience-count');
    expect(await page.textContent('#audience-count')).toBe('1 recipient(s) of 1 matching contact(s).');
    expect(await page.textContent('#sample')).toContain('claire@lyon.example');

    await page.fill('#file-reference', `https://drive.google.com/file/d/${manual.id}/view?usp=sharing`);
    await page.click('#attach-file');
    await page.waitForSelector(`#file-list li[data-file="${manual.id}"]`);
    await page.fill('#file-reference', brief.id);
    await page.click('#link-file');
    await page.waitForSelector(`#file-list li[data-file="${brief.id}"]`);
    expect(await page.$$eval('#file-list li span', (s) => s.map((x) => x.textContent))).toEqual([
      'Attached: Training manual.pdf (2.0 MB)',
      'Link: Briefing.pdf (30 KB)',
    ]);
    await page.fill('#file-reference', '1NoSuchDriveFileAnywhere00');
    await page.click('#link-file');
    await page.waitForSelector('#file-list li[data-file="1NoSuchDriveFileAnywhere00"] .error');
    await page.click('#file-list li[data-file="1NoSuchDriveFileAnywhere00"] .remove-file');
    await page.waitForFunction(() => document.querySelectorAll('#file-list li').length === 2);
    await page.fill('#file-reference', 'not a link');
    await page.click('#link-file');
    await page.waitForFunction(() => document.body.textContent?.includes('paste the file’s link'));

    await page.click('#save-draft');
    await page.waitForSelector('#draft-editing');
    const row = tabRows(emu, 'Mailings').find((m) => m['Name'] === 'Forum follow-up')!;
    expect(row['Status']).toBe('draft');
    const id = String(row['Mailing ID']);
    expect(await page.textContent('#draft-editing')).toBe(`Editing draft ${id} (version 1).`);
    // A second save goes to the same row, at its version.
    await page.fill('#mailing-name', 'Forum follow-up (final)');
    await page.click('#save-draft');
    await page.waitForFunction(() =>
      document.querySelector('#draft-editing')?.textContent?.includes('version 2'),
    );
    expect(
      tabRows(emu, 'Mailings').filter((m) => String(m['Name']).startsWith('Forum follow-up')),
    ).toHaveLength(1);
    expect(errors).toEqual([]);

    // A new sidebar lists the draft and reopens it with its filters and files.
    const again = await open();
    const p = again.page;
    expect(await p.$$eval('#draft-list option', (o) => o.map((x) => x.textContent))).toContain(
      `${id} · Forum follow-up (final) · Briefing`,
    );
    await p.selectOption('#draft-list', id);
    await p.click('#open-draft');
    await p.waitForSelector('#draft-editing');
    expect(await p.inputValue('#mailing-name')).toBe('Forum follow-up (final)');
    expect(await p.inputValue('#mailing-template')).toBe('Briefing');
    expect(
      await p.$$eval('#filter-eventIds option:checked', (o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual([forum]);
    expect(
      await p.$$eval('#filter-eventStatuses option:checked', (o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual(['attended']);
    expect(await p.$$eval('#file-list li', (l) => l.map((x) => x.getAttribute('data-use')))).toEqual([
      'attach',
      'link',
    ]);
    // The reopened files reach the check: the linked brief is shared with nobody but its owner.
    await p.click('#do-check');
    await p.waitForSelector('#check[data-ok="false"]');
    expect(await p.textContent('#check-messages')).toContain(
      'Links: “Briefing.pdf” is not shared with 1 recipient(s), who could not open it: claire@lyon.example.',
    );
    // Started from the sidebar, the reopened draft becomes the mailing: the same row and id, not a second one.
    await p.click(`#file-list li[data-file="${brief.id}"] .remove-file`);
    await p.waitForFunction(() => document.querySelectorAll('#file-list li').length === 1);
    await p.click('#do-check');
    await p.waitForSelector('#check[data-ok="true"]');
    await p.click('#show-forecast');
    await p.waitForSelector('#forecast');
    await p.click('#send-now');
    await p.waitForSelector('#progress');
    const started = tabRows(emu, 'Mailings').filter((m) => String(m['Name']).startsWith('Forum follow-up'));
    expect(started.map((m) => [m['Mailing ID'], m['Status'] === 'draft'])).toEqual([[id, false]]);
    expect(again.errors).toEqual([]);
  });

  it('speaks French when the user switches', async () => {
    const { page, errors } = await open();
    await page.selectOption('#ui-language', 'fr');
    await page.waitForFunction(
      () => document.querySelector('#save-draft')?.textContent === 'Enregistrer comme brouillon',
    );
    expect(await page.textContent('label[for="filter-eventIds"]')).toBe('A participé aux événements');
    expect(await page.textContent('#attach-file')).toBe('Joindre');
    expect(await page.textContent('#link-file')).toBe('Insérer le lien');
    expect(errors).toEqual([]);
  });
});
