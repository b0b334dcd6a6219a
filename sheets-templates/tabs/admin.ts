// Tab definitions for administration: the Audit log, the Settings key/value tab and the computed Dashboard.

import { bookkeepingColumns, col, idColumn, type TabDef, tableTab } from '../model';
import { AUDIT_ACTIONS } from '../vocabularies';

export const AUDIT = tableTab({
  name: 'Audit',
  prefix: 'AUD',
  description: 'Who changed what, when, through which action. Append-only, written by the add-on.',
  columns: [
    idColumn('id', 'Audit ID', 'AUD'),
    col('at', 'At', 'dateTime', { required: true, system: true }),
    col('user', 'User', 'email', { required: true, system: true }),
    col('action', 'Action', 'enum', { required: true, values: AUDIT_ACTIONS, system: true }),
    col('tab', 'Tab', 'text', { required: true, maxLength: 60, system: true }),
    col('recordId', 'Record ID', 'text', { maxLength: 20, system: true }),
    col('changes', 'Changes', 'json', { system: true, note: 'Field → [before, after].' }),
    col('summary', 'Summary', 'text', { maxLength: 500, width: 300, system: true }),
    ...bookkeepingColumns(),
  ],
});

/** Settings is a key/value tab: the typed keys are declared in sheets-templates/settingsKeys.ts. */
export const SETTINGS = {
  name: 'Settings',
  kind: 'keyValue',
  prefix: '',
  description: 'Network-wide settings, one per row. Admins edit the Value column.',
  columns: [
    col('key', 'Key', 'text', { required: true, maxLength: 60, width: 200, note: 'Do not rename keys.' }),
    col('value', 'Value', 'longText', {
      width: 360,
      note: 'Lists are comma-separated; dates as YYYY-MM-DD.',
    }),
    col('notes', 'Notes', 'longText', { width: 360 }),
  ],
} as const satisfies TabDef;

/** Dashboard is computed by the add-on (indicators and charts); it has no table and is rebuilt on refresh. */
export const DASHBOARD = {
  name: 'Dashboard',
  kind: 'computed',
  prefix: '',
  description:
    'Indicators: members by hub and status, new members per quarter, engagement in the last 90 days, applications within SLA, mailing reach, stale profiles.',
  columns: [],
} as const satisfies TabDef;
