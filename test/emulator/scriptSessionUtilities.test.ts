// Fidelity tests: Session and Utilities (formatDate, getUuid, sleep, base64, computeDigest, newBlob).
import { Emulator } from '../../src/emulator';

const source = String.raw`
function who() {
  return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(),
          Session.getActiveUserLocale(), typeof Session.getTemporaryActiveUserKey()];
}
function fmt(ms, tz, pattern) { return Utilities.formatDate(new Date(ms), tz, pattern); }
function uuid() { return Utilities.getUuid(); }
function sleepy(ms) { var t0 = Date.now(); Utilities.sleep(ms); return Date.now() - t0; }
function b64() {
  var enc = Utilities.base64Encode('héllo?>');
  var web = Utilities.base64EncodeWebSafe('héllo?>');
  var dec = Utilities.newBlob(Utilities.base64Decode(enc)).getDataAsString();
  return [enc, web, dec];
}
function digest() { return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc'); }
function md5() { return Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc', Utilities.Charset.UTF_8); }
function blob() { var b = Utilities.newBlob('data', 'text/plain', 'a.txt'); b.setName('b.txt'); return [b.getName(), b.getContentType(), b.getBytes(), b.getDataAsString()]; }
`;

describe('Session', () => {
  // Source: https://developers.google.com/apps-script/reference/base/session
  it('reports the active and effective users, the script time zone and the locale', () => {
    const emu = new Emulator({ source, timeZone: 'Africa/Nairobi' });
    expect(emu.call('who', [], { user: 'me@x.org', effectiveUser: 'owner@x.org' })).toEqual([
      'me@x.org',
      'owner@x.org',
      'Africa/Nairobi',
      'en',
      'string',
    ]);
    emu.backend.stores.script.session.locales.set('me@x.org', 'fr');
    expect(emu.call<unknown[]>('who', [], { user: 'me@x.org' })[3]).toBe('fr');
  });
});

describe('Utilities.formatDate', () => {
  // Source: https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  // (Java SimpleDateFormat patterns)
  const at = Date.UTC(2026, 6, 4, 13, 5, 9); // Saturday 4 July 2026, 13:05:09 UTC
  it.each([
    ['Europe/London', "yyyy-MM-dd'T'HH:mm:ss", '2026-07-04T14:05:09'],
    ['Europe/London', 'EEE, d MMM yy h:mm a z', 'Sat, 4 Jul 26 2:05 PM BST'],
    ['America/New_York', 'EEEE d MMMM yyyy HH:mm zzz Z', 'Saturday 4 July 2026 09:05 EDT -0400'],
    ['Asia/Kolkata', 'HH:mm XXX', '18:35 +05:30'],
    ['UTC', "dd/MM/yyyy 'at' H 'o''clock' X", "04/07/2026 at 13 o'clock Z"],
    ['GMT+3', 'HH:mm', '16:05'],
  ])('in %s, %s', (tz, pattern, expected) => {
    expect(new Emulator({ source }).call('fmt', [at, tz, pattern])).toBe(expected);
  });
});

describe('Utilities', () => {
  // Source: https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  it('getUuid returns an RFC 4122 version 4 UUID', () => {
    expect(new Emulator({ source }).call('uuid')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  // Source: https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) (max 300000)
  it('sleep moves only the virtual clock and counts toward the execution time; over 300000 ms is refused', () => {
    const emu = new Emulator({ source });
    const r = emu.run<number>('sleepy', [120_000]);
    expect(r.value).toBeGreaterThanOrEqual(120_000);
    expect(r.execution.ms).toBeGreaterThanOrEqual(120_000);
    expect(emu.run('sleepy', [300_001]).status).toBe('error');
  });

  // Source: https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String)
  it('base64 encodes UTF-8, web-safe with - and _, and decodes to bytes', () => {
    expect(new Emulator({ source }).call('b64')).toEqual(['aMOpbGxvPz4=', 'aMOpbGxvPz4=', 'héllo?>']);
  });

  // Source: https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
  it('computeDigest returns signed bytes', () => {
    const emu = new Emulator({ source });
    const sha = emu.call<number[]>('digest');
    expect(sha).toHaveLength(32);
    expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba 78 16 bf
    expect(Buffer.from(sha.map((b) => b & 0xff)).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(Buffer.from(emu.call<number[]>('md5').map((b) => b & 0xff)).toString('hex')).toBe(
      '900150983cd24fb0d6963f7d28e17f72',
    );
  });

  // Source: https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
  it('newBlob keeps data, content type and name', () => {
    expect(new Emulator({ source }).call('blob')).toEqual([
      'b.txt',
      'text/plain',
      [100, 97, 116, 97],
      'data',
    ]);
  });
});
