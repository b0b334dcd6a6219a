// Utilities: dates, UUIDs, sleeping on the virtual clock, base64, digests, blobs and CSV parsing.
// Source: https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob, bytesOf, toSignedBytes } from './blob';
import { csvDelimiter, parseCsvText } from './csv';
import { formatDate } from './formatDate';

/** sleep(milliseconds): "The maximum allowed value is 300000 (or 5 minutes)." */
export const SLEEP_MAX_MS = 300_000;

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** https://developers.google.com/apps-script/reference/utilities/mac-algorithm */
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** The documented overloads take (String, String[, Charset]) or (Byte[], Byte[]); a mix matches none of them. */
function macInputs(method: string, value: unknown, key: unknown, charset: unknown): [Buffer, Buffer] {
  const kind = (v: unknown) => (typeof v === 'string' ? 'String' : Array.isArray(v) ? 'number[]' : typeof v);
  const k1 = kind(value);
  const k2 = kind(key);
  const ok =
    (k1 === 'String' && k2 === 'String') || (k1 === 'number[]' && k2 === 'number[]' && charset === undefined);
  // Apps Script's wording for arguments that fit no overload.
  if (!ok)
    throw new GoogleError(
      `The parameters (${k1},${k2}) don't match the method signature for Utilities.${method}.`,
    );
  return [bytesOf(value, charset), bytesOf(key, charset)];
}

const names = (...values: string[]) => Object.fromEntries(values.map((v) => [v, v]));

export class UtilitiesRoot extends ServiceObject {
  readonly _type = 'Utilities';
  readonly _service = 'Utilities';

  override _properties(): Record<string, unknown> {
    return {
      // https://developers.google.com/apps-script/reference/utilities/charset
      Charset: names('US_ASCII', 'UTF_8'),
      // https://developers.google.com/apps-script/reference/utilities/digest-algorithm
      DigestAlgorithm: names(...Object.keys(DIGESTS)),
      MacAlgorithm: names(...Object.keys(MACS)),
    };
  }

  /** Java SimpleDateFormat patterns in the given time zone. */
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!(date instanceof Date)) throw new GoogleError('Invalid argument: date');
    return formatDate(date, String(timeZone), String(format));
  }

  /** "Get a UUID as a string (equivalent to using the java.util.UUID.randomUUID() method)": a version 4 UUID. */
  getUuid(): string {
    return randomUUID();
  }

  /** "Sleeps for specified number of milliseconds": only the virtual clock moves, and the time counts towards the
   *  execution's limit. */
  sleep(milliseconds: unknown): void {
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0 || ms > SLEEP_MAX_MS)
      throw new GoogleError(`Invalid argument: milliseconds (at most ${SLEEP_MAX_MS})`);
    this._g.clock.advance(ms);
    this._g.current.ms += ms;
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    // Web-safe keeps the padding: "-" and "_" replace "+" and "/".
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: unknown, _charset?: unknown): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: unknown, _charset?: unknown): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
  }

  /** Returns the digest as Apps Script's Byte[] (signed bytes). */
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new GoogleError('Invalid argument: algorithm');
    return toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest());
  }

  /**
   * computeHmacSha256Signature(value, key[, charset]) and (Byte[] value, Byte[] key): "Signs the provided value using
   * HMAC-SHA256 with the given key", returned as Byte[] (signed Java bytes, -128…127).
   * https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)
   */
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    const [v, k] = macInputs('computeHmacSha256Signature', value, key, charset);
    return toSignedBytes(createHmac('sha256', k).update(v).digest());
  }

  /** computeHmacSignature(algorithm, value, key[, charset]) and (algorithm, Byte[], Byte[]). */
  computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
    const name = MACS[String(algorithm)];
    if (!name) throw new GoogleError('Invalid argument: algorithm');
    const [v, k] = macInputs('computeHmacSignature', value, key, charset);
    return toSignedBytes(createHmac(name, k).update(v).digest());
  }

  newBlob(data: unknown, contentType?: unknown, name?: unknown): Blob {
    return new Blob(
      this._g,
      bytesOf(data),
      contentType === undefined || contentType === null ? null : String(contentType),
      name === undefined || name === null ? null : String(name),
    );
  }

  /**
   * parseCsv(csv) and parseCsv(csv, delimiter): "Returns a tabular 2D array representation of a CSV string", with a
   * custom delimiter in the second form. https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)
   */
  parseCsv(csv: unknown, delimiter?: unknown): string[][] {
    if (typeof csv !== 'string') throw new GoogleError('Invalid argument: csv');
    return parseCsvText(csv, csvDelimiter(delimiter));
  }

  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }

  jsonParse(jsonString: unknown): unknown {
    return JSON.parse(String(jsonString));
  }
}
