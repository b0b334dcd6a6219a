// The deliberate bugs of issue 19, each a search/replace on the source and the end-to-end suites that must catch it.
//
// Each edit names text that must occur exactly once in its file: when the code moves on and the text is gone, the
// mutation fails loudly (test/acceptance/suite/mutationTargets.test.ts checks that in the default run), so it is
// rewritten against the new code instead of silently testing nothing.

export interface SourceEdit {
  /** Repository-relative path. */
  file: string;
  search: string;
  replace: string;
}

export interface Mutation {
  name: string;
  edits: readonly SourceEdit[];
  /** Jest path patterns of the end-to-end suites that must catch it (run in a copy of the repository). */
  suites: readonly string[];
  /** Jest -t pattern narrowing the run to the tests that should fail (they still run through dist/Code.js). */
  testName?: string;
  /** Needs Chromium (the sidebar pages). */
  browser?: boolean;
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'a new city overwrites the last existing row',
    edits: [
      {
        file: 'src/server/store/tableWrites.ts',
        search: 'const first = lastRow + 1;',
        replace: 'const first = lastRow > 1 ? lastRow : lastRow + 1;',
      },
    ],
    suites: ['test/acceptance/reliability.test.ts'],
    testName: 'stopped at any service call.*saveRecord create',
  },
  {
    name: '= removed from the characters the plain-text guard restores "@" for',
    edits: [
      {
        file: 'src/core/schema/convertibleText.ts',
        search: "const TRIGGER = /^\\s*['=+\\-@\\t\\r\\n]/;",
        replace: "const TRIGGER = /^\\s*['+\\-@\\t\\r\\n]/;",
      },
    ],
    suites: ['test/acceptance/suite/formulaPaths.test.ts'],
  },
  {
    name: 'toCell returns "=…" unchanged for a cell without the "@" format',
    edits: [
      {
        file: 'src/core/schema/cells.ts',
        search: 'return plainText ? text : neutraliseText(text);',
        replace: 'return text;',
      },
    ],
    suites: ['test/acceptance/suite/formulaPaths.test.ts'],
  },
  {
    name: 'the store refuses every non-ASCII string',
    edits: [
      {
        file: 'src/server/store/tableWrites.ts',
        search: '  const parsed = parseRecord(table.def, values);\n',
        replace: [
          '  const ascii = keys.filter((k) => typeof values[k] === "string" && /[^\\x00-\\x7f]/.test(String(values[k])));',
          '  if (ascii.length > 0) {',
          '    const column = (k: string) => table.def.columns.find((c) => c.key === k)!;',
          '    throw new RecordInvalidError(table.def.name, ascii.map((k) => ({ key: k, header: column(k).header,',
          "      message: column(k).header + ': only plain letters are accepted.' })));",
          '  }',
          '  const parsed = parseRecord(table.def, values);\n',
        ].join('\n'),
      },
    ],
    suites: ['test/acceptance/reliability/badInput.test.ts'],
    testName: 'sidebar saves',
  },
  {
    name: 'an email is sent before its Sends row is recorded',
    edits: [
      {
        file: 'src/server/mail/trackedMail.ts',
        search: '    const retry = earlier[0];\n',
        replace: [
          '    MailApp.sendEmail({ to: msg.to, subject: email.subject, body: email.textBody, htmlBody: email.htmlBody,',
          '      name: settings.senderName });',
          '    const retry = earlier[0];\n',
        ].join('\n'),
      },
      {
        file: 'src/server/mail/trackedMail.ts',
        search: '      MailApp.sendEmail({\n        to: msg.to,',
        replace: '      void ({\n        to: msg.to,',
      },
    ],
    suites: ['test/acceptance/reliability/intakeKills.test.ts'],
    testName: 'stopped at any service call.*declineApplication',
  },
  {
    name: 'Saturday counts as a working day',
    edits: [
      {
        file: 'src/core/calendar/workingDays.ts',
        search: 'return weekday !== 0 && weekday !== 6 && !holidays[date];',
        replace: 'return weekday !== 0 && !holidays[date];',
      },
    ],
    suites: ['test/acceptance/intake/datesAndLanguages.test.ts'],
  },
  {
    name: 'a save skips the version check',
    edits: [
      {
        file: 'src/server/store/tableWrites.ts',
        search: 'if (current !== expectedVersion) {',
        replace: 'if (current !== expectedVersion && expectedVersion < 0) {',
      },
    ],
    suites: ['test/acceptance/reliability/concurrency.test.ts'],
    testName: 'stale sidebars',
  },
  {
    name: 'every role is let through',
    edits: [
      {
        file: 'src/server/access/roles.ts',
        search: 'if (allowed.indexOf(caller.role) < 0) {',
        replace: 'if (allowed.indexOf(caller.role) < -1) {',
      },
    ],
    suites: ['test/acceptance/sidebars/roles.test.ts'],
  },
  {
    name: 'the sidebars insert text as HTML (innerHTML)',
    edits: [
      {
        file: 'src/ui/shared/elements.ts',
        search: 'if (props.text !== undefined) node.textContent = props.text;',
        replace: 'if (props.text !== undefined) node.innerHTML = props.text;',
      },
    ],
    suites: ['test/acceptance/reliability/browser.test.ts'],
    browser: true,
  },
  {
    // The ids stay unique (the next issue's search finds the id the save added and reads the last row's id), so
    // every product-opinion check passes; the counter read from the document properties is behind the id the save
    // added (rawState.ts countersAhead).
    name: 'the id counter is never saved',
    edits: [
      {
        file: 'src/server/store/idIssue.ts',
        search:
          '  table.session.deferProperty(counterKey(table.def.prefix), String(idSerial(ids[ids.length - 1]!)));\n',
        replace: '',
      },
    ],
    suites: ['test/acceptance/suite/rawState.test.ts'],
    testName: 'a saved create moves',
  },
  {
    // The next write session finds the rows already written and drops the journal, so the audit rows are right and
    // the product's checks pass; the journal read from the document properties is still there (auditJournalSettled).
    name: 'the audit journal is left after its rows are written',
    edits: [
      {
        file: 'src/server/store/session.ts',
        search: '      if (this.journal.isWritten) this.journal.clear();\n',
        replace: '',
      },
    ],
    suites: ['test/acceptance/suite/rawState.test.ts'],
    testName: 'a saved create moves',
  },
];

/** The file's text with the edits applied; throws naming the edit when its text is not there exactly once. */
export function applyEdits(text: string, file: string, edits: readonly SourceEdit[]): string {
  let out = text;
  for (const e of edits.filter((x) => x.file === file)) {
    const n = out.split(e.search).length - 1;
    if (n !== 1)
      throw new Error(
        `mutation target in ${file} found ${n} times (expected once): ${JSON.stringify(e.search)}. ` +
          'The code changed: rewrite the mutation against it (test/support/mutation/mutations.ts).',
      );
    out = out.replace(e.search, () => e.replace);
  }
  return out;
}
