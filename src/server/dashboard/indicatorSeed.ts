// Setup adds the default indicators to the Indicators tab, each computation once: a document property remembers which
// were added, so a row the Head of Partnerships deleted is not added back and a computation added by a later version is.

import { INDICATORS } from '../../../sheets-templates';
import { INDICATOR_SEEDS, indicatorRowOf } from '../../../sheets-templates/indicatorSeeds';
import type { Language } from '../../core/messages';
import { message } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

/** Document property: the computations whose default row setup has added, comma-separated. */
export const SEEDED_INDICATORS_PROPERTY = 'scn.indicators.seeded';

export function seedIndicators(
  session: WorkbookSession,
  stored: Readonly<Record<string, string>>,
  lang: Language,
  changes: string[],
): void {
  const seeded = new Set(
    String(stored[SEEDED_INDICATORS_PROPERTY] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
  const table = session.table(INDICATORS);
  // A workbook whose rows came before the property (or were typed by hand) keeps its computations as they are.
  for (const r of table.columnRows(['computation'])) seeded.add(String(table.cell(r, 'computation')).trim());
  const missing = INDICATOR_SEEDS.filter((s) => !seeded.has(s.computation));
  if (missing.length === 0) return;
  table.insert(
    missing.map((s) => indicatorRowOf(s, lang)),
    { summary: message('dashboard.indicatorsSeededAudit', {}, lang) },
  );
  for (const s of missing) seeded.add(s.computation);
  session.properties().setProperty(SEEDED_INDICATORS_PROPERTY, [...seeded].join(','));
  changes.push(message('dashboard.indicatorsSeeded', { n: missing.length }));
}
