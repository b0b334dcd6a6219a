// Fidelity tests of Utilities.computeHmacSha256Signature / computeHmacSignature (both overloads, signed Java bytes)
// and the web-safe base64 pair, against the HMAC-SHA-256 test vectors of RFC 4231 (section 4).
// Sources: https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String),
// …#computeHmacSha256Signature(Byte[],Byte[]), …#base64EncodeWebSafe(Byte[]), …#base64DecodeWebSafe(String),
// https://www.rfc-editor.org/rfc/rfc4231#section-4
import { Emulator } from '../../src/emulator';

const source = `
function hexOf(bytes) {
  return bytes.map(function (b) { return ('0' + (b & 0xff).toString(16)).slice(-2); }).join('');
}
function repeat(byte, n) { var a = []; for (var i = 0; i < n; i++) a.push(byte); return a; }
function bytesSig(keyByte, keyLen, data) {
  var value = typeof data === 'string' ? Utilities.newBlob(data).getBytes() : repeat(data[0], data[1]);
  return hexOf(Utilities.computeHmacSha256Signature(value, repeat(keyByte, keyLen)));
}
function stringSig(value, key) { return hexOf(Utilities.computeHmacSha256Signature(value, key)); }
function rawSig(value, key) { return Utilities.computeHmacSha256Signature(value, key); }
function charsetSig(value, key) { return hexOf(Utilities.computeHmacSha256Signature(value, key, Utilities.Charset.UTF_8)); }
function genericSig(value, key) { return hexOf(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_256, value, key)); }
function webSafe() { return [Utilities.base64EncodeWebSafe([-5, -1]), Utilities.base64DecodeWebSafe('-_8=')]; }
function mixed() { return Utilities.computeHmacSha256Signature('value', [1, 2, 3]); }
function token(payload, secret) {
  var sig = Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(payload, secret));
  return { sig: sig, back: hexOf(Utilities.base64DecodeWebSafe(sig)), hex: stringSig(payload, secret) };
}
`;

describe('Utilities.computeHmacSha256Signature', () => {
  const emu = new Emulator({ source });

  it('matches RFC 4231 test cases 1, 3, 6 and 7 through the Byte[] overload', () => {
    expect(emu.call('bytesSig', [0x0b, 20, 'Hi There'])).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    // Keys and data given as signed Java bytes, as Apps Script holds them (0xaa = -86, 0xdd = -35).
    expect(emu.call('bytesSig', [-86, 20, [-35, 50]])).toBe(
      '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    );
    expect(emu.call('bytesSig', [-86, 131, 'Test Using Larger Than Block-Size Key - Hash Key First'])).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
    expect(
      emu.call('bytesSig', [
        -86,
        131,
        'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
      ]),
    ).toBe('9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2');
  });

  it('matches RFC 4231 test case 2 through the (String, String) and (String, String, Charset) overloads', () => {
    const tc2 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(emu.call('stringSig', ['what do ya want for nothing?', 'Jefe'])).toBe(tc2);
    expect(emu.call('charsetSig', ['what do ya want for nothing?', 'Jefe'])).toBe(tc2);
    expect(emu.call('genericSig', ['what do ya want for nothing?', 'Jefe'])).toBe(tc2);
  });

  it('returns 32 signed Java bytes (-128…127), not 0…255', () => {
    const bytes = emu.call<number[]>('rawSig', ['what do ya want for nothing?', 'Jefe']);
    expect(bytes).toHaveLength(32);
    expect(bytes[0]).toBe(0x5b);
    expect(bytes[1]).toBe(0xdc - 256);
    expect(bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
  });

  it('refuses arguments that match no overload', () => {
    expect(emu.run('mixed').error).toBe(
      "Exception: The parameters (String,number[]) don't match the method signature for Utilities.computeHmacSha256Signature.",
    );
  });

  it('round-trips a signature through base64EncodeWebSafe / base64DecodeWebSafe (URL-safe alphabet)', () => {
    const r = emu.call<{ sig: string; back: string; hex: string }>('token', [
      'c-42|ana@city.org|2026-01-05',
      's3cret',
    ]);
    expect(r.sig).toMatch(/^[A-Za-z0-9_-]+=*$/);
    expect(r.back).toBe(r.hex);
    // 0xfb 0xff is "+/8=" in standard base64: "-" and "_" replace "+" and "/", the padding stays.
    expect(emu.call('webSafe')).toEqual(['-_8=', [-5, -1]]);
  });
});
