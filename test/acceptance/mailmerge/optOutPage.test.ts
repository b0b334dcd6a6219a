// The opt-out page through the shipped bundle's web app (issue 12 item 8): a GET only shows the confirm page, the
// POST records one Suppressions row (audited, once), the next audience leaves the address out; forged, altered and
// expired tokens are refused with a plain page; RFC 8058 one-click POSTs accepted.

import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { serveWebApp } from '../../../src/emulator/webApp';
import { enquiryAnswers, formId } from '../intake/harness';
import { optOutToken } from './optOutSupport';
import { COMMS, draft, mailWorld, ok, outbox, tabRows } from './world';

const MAILING = 'MLG-000900';

describe('the opt-out page (issue 12 item 8)', () => {
  const { emu, ids } = mailWorld();
  ok(emu, 'checkMailingDraft', [draft()], COMMS); // makes the secret, as before any mailing
  const claire = { email: 'claire@lyon.example', contactId: ids.claire!, mailingId: MAILING, language: 'fr' };
  const get = (t: string, extra = '') => serveWebApp(emu, { method: 'GET', queryString: `t=${t}${extra}` });
  const post = (body: string, query = '') => serveWebApp(emu, { method: 'POST', queryString: query, body });
  const suppressions = () => tabRows(emu, 'Suppressions');
  const audience = () =>
    ok<{ count: number; excluded: { contactId: string; reason: string }[] }>(
      emu,
      'previewAudience',
      [draft()],
      COMMS,
    ).value!;

  it('a GET shows the confirm page in the email’s language and records nothing (link scanners prefetch)', () => {
    const before = suppressions().length;
    const r = get(optOutToken(emu, claire));
    expect(r.status).toBe(200);
    expect(r.body).toContain('Ne plus recevoir nos envois ?');
    expect(r.body).toContain('c•••@lyon.example');
    expect(r.body).not.toContain('claire@lyon.example');
    expect(r.body).toMatch(
      /<form method="post" action="https:\/\/script\.google\.com\/macros\/s\/[^"]+\/exec"/,
    );
    expect(r.title).toBe('Strong Cities Network — préférences d’envoi');
    expect(suppressions().length).toBe(before);
    // The page reads no cell and writes nothing: a prefetch costs the workbook nothing.
    const sheetCalls = r.execution.records.filter((c) => c.service === 'SpreadsheetApp');
    expect(sheetCalls.map((c) => c.method)).toEqual(['getActiveSpreadsheet']);
    expect(r.execution.records.filter((c) => c.cellsRead > 0 || c.class === 'write')).toEqual([]);
  });

  it('the confirm POST records one audited Suppressions row; a second confirm changes nothing', () => {
    const t = optOutToken(emu, claire);
    const before = audience();
    expect(before.excluded.find((x) => x.contactId === ids.claire)).toBeUndefined();
    const r = post(`t=${t}&confirm=1`);
    expect(r.body).toContain('Vous êtes désinscrit·e');
    const rows = suppressions().filter((s) => s['Email'] === 'claire@lyon.example');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Reason: 'opted out', Source: MAILING });
    expect(rows[0]!['Added on']).toBeInstanceOf(Date);
    const audit = tabRows(emu, 'Audit').filter((a) => a['Record ID'] === rows[0]!['Suppression ID']);
    expect(audit).toHaveLength(1);
    expect(String(audit[0]!['Summary'])).toContain(MAILING);
    expect(post(`t=${t}&confirm=1`).body).toContain('Vous étiez déjà désinscrit·e');
    expect(suppressions().filter((s) => s['Email'] === 'claire@lyon.example')).toHaveLength(1);
    // Honoured by the next audience: left out as suppressed, with its reason.
    const after = audience();
    expect(after.count).toBe(before.count - 1);
    expect(after.excluded.find((x) => x.contactId === ids.claire)?.reason).toBe('suppressed');
  });

  it('a POST without the confirm field only shows the confirm page', () => {
    const t = optOutToken(emu, { ...claire, email: 'pierre@lyon.example', contactId: ids.pierre! });
    expect(post(`t=${t}`).body).toContain('Ne plus recevoir nos envois ?');
    expect(suppressions().filter((s) => s['Email'] === 'pierre@lyon.example')).toHaveLength(0);
  });

  it('refuses forged, altered and expired tokens with a plain page and records nothing', () => {
    const before = suppressions().length;
    const good = optOutToken(emu, {
      ...claire,
      email: 'amina@irbid.example',
      contactId: ids.amina!,
      language: 'ar',
    });
    const i = good.lastIndexOf('.') - 3;
    const altered = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
    const forged = optOutToken(emu, { ...claire, secret: 'not the script’s secret' });
    for (const t of [altered, forged, '', 'abc.def.ghi']) {
      const page = post(`t=${t}&confirm=1`);
      expect(page.body).toContain('This link is not valid');
      expect(page.body).not.toContain('<form');
      expect(get(t).body).toContain('This link is not valid');
    }
    expect(get(altered, '&hl=fr').body).toContain('Ce lien n’est pas valide');
    const old = optOutToken(emu, { ...claire, daysAgo: 366 });
    expect(post(`t=${old}&confirm=1`).body).toContain('This link has expired');
    expect(get(old, '&hl=fr').body).toContain('Ce lien a expiré');
    expect(suppressions().length).toBe(before);
    // An Arabic email's link opens in English (the page exists in English and French).
    expect(get(good).body).toContain('Stop receiving our mailings?');
  });

  it('accepts an RFC 8058 one-click POST to the link itself, once', () => {
    const t = optOutToken(emu, {
      email: 'lucia@medellin.example',
      contactId: ids.lucia!,
      mailingId: MAILING,
    });
    const r = post('List-Unsubscribe=One-Click', `t=${t}`);
    expect(r.contentType).toMatch(/^text\/plain/);
    expect(r.body).toBe('unsubscribed');
    expect(post('List-Unsubscribe=One-Click', `t=${t}`).body).toBe('unsubscribed');
    expect(suppressions().filter((s) => s['Email'] === 'lucia@medellin.example')).toHaveLength(1);
    expect(post('List-Unsubscribe=One-Click', 't=forged.token.x').body).toBe('refused: malformed');
  });

  it('does not stop the acknowledgement of the person’s own later enquiry (a reply, not a mailing: README)', () => {
    const t = optOutToken(emu, { ...claire, email: 'amina.haddad@irbid.example', contactId: null });
    expect(post(`t=${t}&confirm=1`).body).toContain('Vous êtes désinscrit·e');
    const before = outbox(emu).length;
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    const sent = outbox(emu).slice(before);
    expect(sent.flatMap((m) => m.to)).toContain('amina.haddad@irbid.example');
  });
});
