// Members › Partner: view, create and edit a partner organisation; deactivating it end-dates its contacts.

import { CONTACTS, PARTNERS } from '../../../sheets-templates';
import { PARTNER_FORM_FIELDS } from '../../core/editing/formFields';
import { message, titleText } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import {
  type FormSaveRequest,
  type PlainRecord,
  plainRecord,
  type SaveOutcome,
  saveForm,
  schemaContext,
} from '../records/formSave';
import { type ContactSummary, contactSummaries } from '../records/lookups';
import { NETWORK_EDITORS, requireReader } from '../records/sidebarAccess';
import { selectedRowValues, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { StaleRecordError, staleMessage_ } from '../store/errors';
import { workbook } from '../store/session';

export interface PartnerForm {
  language: UiLanguage;
  partner: PlainRecord | null;
  contacts: ContactSummary[];
  canEdit: boolean;
  lists: { topics: string[] };
}

/** Menu action: opens the partner selected in the Partners tab (or Find when none is). */
export function showPartner(): void {
  const session = workbook();
  const row = selectedRowValues(session, PARTNERS);
  const id = row ? String(row['id'] ?? '').trim() : '';
  if (id === '') {
    session.spreadsheet.toast(message('toast.selectPartner'), titleText('Partner'), 5);
    showSidebarPage('find', 'Find');
    return;
  }
  showSidebarPage('partner', 'Partner', { id });
}

/** Menu action: a blank Partner form. */
export function showNewPartner(): void {
  showSidebarPage('partner', 'New partner');
}

export function getPartner(id: string | null): PartnerForm {
  const session = workbook();
  const caller = requireReader(session, 'read partners');
  const partner = id ? plainRecord(PARTNERS, session.table(PARTNERS).get(String(id))) : null;
  const { settings } = session.settings();
  return {
    language: uiLanguage_(),
    partner,
    contacts: partner ? contactSummaries(session, partner.id) : [],
    canEdit: NETWORK_EDITORS.indexOf(caller.role) >= 0,
    lists: { topics: settings.topics },
  };
}

export function savePartner(request: FormSaveRequest): SaveOutcome {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'edit partners');
  return session.write(() =>
    saveForm(session, PARTNERS, request, {
      editable: PARTNER_FORM_FIELDS,
      context: schemaContext(session, []),
    }),
  );
}

/**
 * Deactivates a partner: the partner's Active to is set to today (audited; its version goes up) and every active
 * contact of it is end-dated today too (nothing is deleted). `version` is the partner's, so a partner changed
 * since the sidebar read it is refused like any other stale save. An already end-dated partner keeps its date.
 */
export function deactivatePartner(id: string, version: number): { ended: number; activeTo: string } {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'deactivate partners');
  return session.write(() => {
    const partners = session.table(PARTNERS);
    const partner = partners.get(String(id ?? ''));
    if (partner.version !== version) {
      throw new StaleRecordError(staleMessage_(partner.id, '', partner.version, version), partner.version);
    }
    const today = formatIsoDate(session.now());
    const current = partner.values['activeTo'];
    const activeTo = current instanceof Date ? formatIsoDate(current) : String(current ?? '');
    if (activeTo === '') {
      partners.update(partner.id, { activeTo: today }, partner.version, { summary: 'Partner deactivated' });
    }
    const contacts = session.table(CONTACTS);
    let ended = 0;
    for (const c of contactSummaries(session, partner.id)) {
      if (!c.active || c.activeTo !== '') continue;
      const contact = contacts.get(c.id);
      contacts.update(c.id, { activeTo: today }, contact.version, {
        summary: `Deactivated with partner ${partner.id}`,
      });
      ended++;
    }
    return { ended, activeTo: activeTo || today };
  });
}
