// A minimal Blob (Utilities.newBlob): bytes with a content type and a name.
// Source: https://developers.google.com/apps-script/reference/base/blob
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';

/** Apps Script's Byte[] holds Java bytes: signed, -128…127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** Bytes from a script value: a string (in the given charset) or an array of byte values (signed or not). */
export function bytesOf(data: unknown, charset: unknown = 'UTF_8'): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === 'US_ASCII' ? 'latin1' : 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (data instanceof Blob) return Buffer.from(data._bytes);
  throw new GoogleError('Invalid argument: data');
}

export class Blob extends ServiceObject {
  readonly _type = 'Blob';
  readonly _service = 'Utilities';

  constructor(
    g: GoogleBackend,
    public _bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {
    super(g);
  }

  getBytes(): number[] {
    return toSignedBytes(this._bytes);
  }

  getDataAsString(charset?: unknown): string {
    return this._bytes.toString(charset === 'US_ASCII' ? 'latin1' : 'utf8');
  }

  setDataFromString(string: unknown, charset?: unknown): Blob {
    this._bytes = bytesOf(String(string), charset ?? 'UTF_8');
    return this;
  }

  setBytes(data: unknown): Blob {
    this._bytes = bytesOf(data);
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: unknown): Blob {
    this.contentType = contentType === null ? null : String(contentType);
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: unknown): Blob {
    this.name = String(name);
    return this;
  }

  /** BlobSource.getBlob, which Blob implements: "Return the data inside this object as a blob." (a copy, believed). */
  getBlob(): Blob {
    return this.copyBlob();
  }

  copyBlob(): Blob {
    return new Blob(this._g, Buffer.from(this._bytes), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    return false;
  }
}
