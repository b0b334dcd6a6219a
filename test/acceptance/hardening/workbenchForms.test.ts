// Hardening (issue 10, item 7): respondents see the form page and the thank-you page in the form's language — the
// thank-you text is the form's own confirmation message — and never the workbench's trigger log, which goes to the
// operator's status area in the workbench page instead. The form's language is its owner's language setting
// (Session.getActiveUserLocale in the emulator) unless the link asks for another with `hl`. Through the shipped
// bundle in Chromium: the enquiry form setup created, filled in and submitted.
import type { Page } from 'playwright-core';
import { describeBrowser } from '../../browser/harness';
import { type DemoWorkbench, demoWorkbench } from './workbenchSupport';

jest.setTimeout(120_000);

describeBrowser(
  'workbench: form pages in the form’s language, trigger outcomes for the operator only',
  () => {
    let d: DemoWorkbench;
    let page: Page;

    beforeAll(async () => {
      d = await demoWorkbench();
      page = d.page;
    }, 120_000);

    afterAll(async () => {
      await d?.close();
    });

    function enquiryForm() {
      const forms = [...d.wb.engine.emu.backend.stores.comms.forms.forms.values()];
      const form = forms.find((f) => /enquiry/.test(f.title));
      if (!form) throw new Error(`No enquiry form among ${forms.map((f) => f.title).join(', ')}`);
      return form;
    }

    async function openForm(query = ''): Promise<Page> {
      const tab = await d.s.context.newPage();
      await tab.goto(`${d.wb.url}forms/d/e/${enquiryForm().publishedId}/viewform${query}`);
      return tab;
    }

    it('a French form: its page, its problems and its thank-you in French; the trigger outcome in the workbench', async () => {
      const form = enquiryForm();
      d.wb.engine.emu.backend.stores.script.session.locales.set(form.owner, 'fr');
      const tab = await openForm();
      expect(await tab.locator('html').getAttribute('lang')).toBe('fr');
      await tab.locator('.req-note', { hasText: 'Indique une question obligatoire' }).waitFor();
      await tab.getByRole('button', { name: 'Envoyer' }).click();
      await tab.locator('.error', { hasText: 'Cette question est obligatoire' }).first().waitFor();
      expect(await tab.locator('.error', { hasText: 'This is a required question' }).count()).toBe(0);

      await tab.getByLabel('Your name').fill('Claire Martin');
      await tab.getByLabel('Your email address').fill('claire.martin@lyon.example');
      await tab.getByLabel('Your position').fill('Chargée de mission prévention');
      await tab.getByLabel('City or local government').fill('Villeurbanne');
      await tab.getByLabel('Country').selectOption('France');
      await tab.getByRole('radio', { name: /Français/ }).check();
      await tab.getByLabel('Your message').fill('Nous souhaitons rejoindre le réseau.');
      await tab.getByRole('checkbox', { name: /may contact me about membership/ }).check();
      await tab.getByRole('button', { name: 'Envoyer' }).click();

      const thanks = tab.locator('.confirmation');
      await thanks.waitFor();
      expect(await tab.locator('html').getAttribute('lang')).toBe('fr');
      expect(form.confirmationMessage).not.toBe('');
      expect(await thanks.textContent()).toBe(form.confirmationMessage);
      await tab.getByRole('link', { name: 'Envoyer une autre réponse' }).waitFor();
      const shown = (await tab.locator('body').textContent()) ?? '';
      expect(shown).not.toMatch(/trigger|Workbench|ON_FORM_SUBMIT/i);
      expect(form.responses.length).toBe(1);

      // The operator sees what the form-submit trigger did, in the workbench's own status area.
      await page.locator('.status-line', { hasText: 'trigger:ON_FORM_SUBMIT: ok' }).waitFor();
      expect(await page.locator('.status-line').textContent()).toContain(form.title);
      await tab.close();
    });

    it('a link asking for Arabic: the page right to left in Arabic, through a refused submission too', async () => {
      const tab = await openForm('?hl=ar');
      expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
      expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
      await tab.getByRole('button', { name: 'إرسال' }).click();
      await tab.locator('.error', { hasText: 'هذا سؤال مطلوب' }).first().waitFor();
      expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
      await tab.getByRole('button', { name: 'إرسال' }).waitFor();
      expect(d.s.errors).toEqual([]);
      await tab.close();
    });
  },
);
