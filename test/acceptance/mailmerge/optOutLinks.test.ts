// Opt-out links through the shipped bundle (issue 12 item 8): no mailing starts while the script is not deployed as
// a web app (its links would be dead), and the signing secret is made once, in the script properties only.

import { bound } from '../workbook/harness';
import { COMMS, draft, mailWorld, ok } from './world';

interface CheckView {
  ok: boolean;
  messages: string[];
}

const SECRET = 'scn.optOut.secret';

describe('opt-out links (issue 12 item 8)', () => {
  const { emu } = mailWorld();
  const check = () => ok<CheckView>(emu, 'checkMailingDraft', [draft()], COMMS).value!;
  const secret = () => emu.backend.stores.script.properties.script.get(SECRET);

  it('refuses to start a mailing while the script is not deployed as a web app, in the reader’s words', () => {
    emu.backend.stores.script.webApp.enabled = false;
    const c = check();
    expect(c.ok).toBe(false);
    expect(c.messages[0]).toMatch(/^Opt-out links: the script is not deployed as a web app/);
    expect(c.messages.join(' ')).not.toMatch(/Ready to send/);
    expect(secret()).toBeUndefined();
    ok(emu, 'setUiLanguage', ['fr'], COMMS);
    expect(check().messages[0]).toMatch(/^Liens de désinscription : le script n’est pas déployé/);
    ok(emu, 'setUiLanguage', ['en'], COMMS);
  });

  it('once deployed, the check passes and makes the signing secret once, in the script properties only', () => {
    emu.backend.stores.script.webApp.enabled = true;
    expect(check().ok).toBe(true);
    const made = secret();
    expect(made).toMatch(/^[0-9a-f]{64}$/);
    check();
    expect(secret()).toBe(made);
    for (const s of bound(emu).sheets) {
      const cells = s.lastRow() === 0 ? [] : s.getValues(1, 1, s.lastRow(), s.lastColumn());
      expect(JSON.stringify(cells)).not.toContain(made!.slice(0, 16));
    }
    for (const props of emu.backend.stores.script.properties.document.values())
      expect(JSON.stringify([...props.values()])).not.toContain(made!.slice(0, 16));
  });
});
