// The role table of issue 15's engagement import, for everyExport.test.ts: each function through google.script.run,
// for every role, on the demo workbook. Any engagement logger may import; what they may record is checked inside.
import { CONTACTS } from '../../../sheets-templates';
import { recordById } from './harness';
import type { RoleCall, RoleWorld, Who } from './roleTables';

/** Engagement loggers of any hub: hub staff of another hub import too, their other hubs' people skipped. */
const IMPORTERS: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms'];

export function importCalls(world: () => RoleWorld): RoleCall[] {
  /** A one-person Zoom export naming the world's contact, on a fresh meeting each call. */
  const csv = () => {
    const email = String(recordById(world().emu, CONTACTS, world().contactId).email);
    const meeting = Math.floor(Math.random() * 1e9);
    return `Meeting ID,Topic,Start Time\n${meeting},Role check,12/01/2026 10:00 AM\n\nName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\nRole Check,${email},12/01/2026 10:00 AM,12/01/2026 10:30 AM,30`;
  };
  return [
    { name: 'getImportForm', allowed: IMPORTERS, args: () => [] },
    { name: 'previewEngagementImport', allowed: IMPORTERS, args: () => [{ csv: csv() }] },
    { name: 'importEngagements', allowed: IMPORTERS, args: () => [{ csv: csv() }] },
  ];
}
