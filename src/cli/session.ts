// What every command works with: the Google clients, the request pacer, where to print, the progress line, and how
// to ask the person a question.
import type { ApiCaller } from './google/apiCaller';
import type { Clients } from './google/clients';
import type { Progress } from './progress';

export interface Session {
  clients: Clients;
  caller: ApiCaller;
  /** Prints one line of the command's output (stdout). */
  out: (line: string) => void;
  progress: Progress;
  /** Asks a yes/no question; false unless the person says yes. */
  confirm: (question: string) => Promise<boolean>;
  /** Cells per read or write request (a block of whole rows); keeps payloads near Google's suggested 2 MB. */
  chunkCells: number;
}
