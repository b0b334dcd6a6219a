// A minimal .zip reader for tests (node's zlib only): lets a test read an .xlsx without any code the writer uses.
// Format: PKWARE APPNOTE.TXT §4.3 — the central directory (found from the end-of-central-directory record) lists
// every entry with its local header offset; entries are stored (method 0) or deflated (method 8).
import zlib from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Every file in the archive by name, as UTF-8 text. */
export function zipEntries(zip: Buffer): Map<string, string> {
  // The end record is the last 22 bytes plus an optional comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('Not a zip file: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error(`Bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    // Sizes come from the central directory: a local header written while streaming may hold zeros there.
    if (zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new Error(`Bad local header for ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) out.set(name, data.toString('utf8'));
    else if (method === 8) out.set(name, zlib.inflateRawSync(data).toString('utf8'));
    else throw new Error(`Unsupported compression method ${method} for ${name}`);
  }
  return out;
}
