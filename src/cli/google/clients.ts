// The googleapis clients the CLI uses (Sheets v4, Drive v3, Apps Script v1), on one auth and one root URL (Google's,
// or the local fake's in tests and the bench: the client's documented `rootUrl` option), with the client's own
// retries turned off so that ApiCaller's backoff is the only one.
import { drive_v3 } from 'googleapis/build/src/apis/drive';
import { script_v1 } from 'googleapis/build/src/apis/script';
import { sheets_v4 } from 'googleapis/build/src/apis/sheets';
import { ApiCaller, type CallerOptions } from './apiCaller';

export interface Clients {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  script: script_v1.Script;
  caller: ApiCaller;
}

export function makeClients(
  // biome-ignore lint/suspicious/noExplicitAny: each API's Options type takes the same auth client (google-auth-library).
  auth: any,
  rootUrl: string | undefined,
  callerOptions: CallerOptions = {},
): Clients {
  // Node's own fetch (Node 20+): gaxios otherwise imports node-fetch dynamically, which jest's module VM refuses.
  const options = {
    auth,
    retry: false,
    fetchImplementation: globalThis.fetch,
    ...(rootUrl ? { rootUrl } : {}),
  };
  return {
    sheets: new sheets_v4.Sheets(options),
    drive: new drive_v3.Drive(options),
    script: new script_v1.Script(options),
    caller: new ApiCaller(callerOptions),
  };
}

/**
 * A large request body sent as JSON text: gaxios deep-copies an object body before sending it (`extend(true, …)`),
 * which for a restore batch of 100,000 cells cost more than the request itself. Pass `requestBody` as this text
 * with these method options (the content type is then set explicitly).
 */
export function jsonText<T>(body: T): T {
  return JSON.stringify(body) as unknown as T;
}
export const JSON_OPTIONS = { headers: { 'content-type': 'application/json' } };
