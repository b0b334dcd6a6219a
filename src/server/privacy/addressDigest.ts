// The one-way hash of an address (SHA-256 hex of the trimmed, lower-cased address): what privacy records keep.
// https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)

import { normaliseAddress } from './personRows';

/** SHA-256 of the normalised address, as 64 lower-case hex digits (Apps Script returns signed bytes). */
export function addressHash_(email: string): string {
  const bytes = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    normaliseAddress(email),
    Utilities.Charset.UTF_8,
  );
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}
