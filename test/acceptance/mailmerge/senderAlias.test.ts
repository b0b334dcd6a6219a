// The mailing sender alias (Settings › Mailing sender address) is checked before the start against the account's
// send-as aliases (GmailApp.getAliases), not only as an address: an alias Gmail does not know refuses the start.

import type { Emulator } from '../../../src/emulator';
import { recipientsWorld, runMinutes } from './sendingWorld';
import { COMMS, ok, outbox, sheet } from './world';

const DRAFT = { name: 'From the news alias', templateName: 'Quarterly', audience: {} };
const ALIAS = 'news@strongcities.org';

function setSetting(emu: Emulator, key: string, value: string): void {
  const s = sheet(emu, 'Settings');
  const keys = s.getValues(1, 1, s.lastRow(), 1).map((r) => String(r[0]));
  s.setValuesRaw(keys.indexOf(key) + 1, 2, [[value]]);
}

describe('the mailing sender alias', () => {
  it('is refused before the start when it is not a send-as alias of the account, named in the forecast', () => {
    const emu = recipientsWorld(3, 1);
    setSetting(emu, 'Mailing sender address', ALIAS);
    const f = ok<{ senderProblems: string[] }>(emu, 'forecastMailing', [DRAFT], COMMS).value!;
    expect(f.senderProblems).toEqual([
      expect.stringContaining(`“${ALIAS}” is not a send-as alias of ${COMMS}`),
    ]);
    const r = emu.run('startMailing', [DRAFT, null], { user: COMMS });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/not a send-as alias/);
    expect(outbox(emu)).toHaveLength(0);
  });

  it('starts and sends from the alias once Gmail lists it', () => {
    const emu = recipientsWorld(3, 1);
    setSetting(emu, 'Mailing sender address', ALIAS);
    emu.backend.stores.comms.mail.setAliases(COMMS, [ALIAS]);
    expect(
      ok<{ senderProblems: string[] }>(emu, 'forecastMailing', [DRAFT], COMMS).value!.senderProblems,
    ).toEqual([]);
    ok(emu, 'startMailing', [DRAFT, null], COMMS);
    runMinutes(emu, 3);
    expect(outbox(emu)).toHaveLength(3);
    expect(outbox(emu).map((m) => m.from)).toEqual([ALIAS, ALIAS, ALIAS]);
  });

  it('needs no alias when it is the account itself', () => {
    const emu = recipientsWorld(2, 1);
    setSetting(emu, 'Mailing sender address', COMMS.toUpperCase());
    expect(
      ok<{ senderProblems: string[] }>(emu, 'forecastMailing', [DRAFT], COMMS).value!.senderProblems,
    ).toEqual([]);
  });
});
