// The Address hash on the server: the core normalisation and hex form over Apps Script's SHA-256.

import { addressHash, type Sha256 } from '../../core/privacy/addressHash';

// https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
const sha256: Sha256 = (text) =>
  Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);

/** The Suppressions "Address hash" of an address (64 hex digits; '' for an empty address). */
export function hashAddress(email: string): string {
  return addressHash(email, sha256);
}
