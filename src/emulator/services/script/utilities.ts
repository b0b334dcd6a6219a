// Utilities: dates, UUIDs, sleeping on the virtual clock, base64, digests and blobs.
// Source: https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash, randomUUID } from 'node:crypto';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob, bytesOf, toSignedBytes } from './blob';
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

  newBlob(data: unknown, contentType?: unknown, name?: unknown): Blob {
    return new Blob(
      this._g,
      bytesOf(data),
      contentType === undefined || contentType === null ? null : String(contentType),
      name === undefined || name === null ? null : String(name),
    );
  }

  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }

  jsonParse(jsonString: unknown): unknown {
    return JSON.parse(String(jsonString));
  }
}
