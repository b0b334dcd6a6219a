// The bundle's entry: every export here becomes a top-level function in dist/Code.js (triggers, menu items, sidebar calls).
// Private helpers are not exported; Apps Script cannot call what is not listed here.

export { onEdit } from './audit/onEdit';
export { getAboutInfo, showAbout } from './help/about';
export { onOpen } from './menu/onOpen';
export { saveRecord } from './records/saveRecord';
export { setupWorkbook } from './setup/setupWorkbook';
export { checkWorkbook, showProblemCell, validateWorkbook } from './validate/validateWorkbook';
// Everyday CRM work (issue 6): Find, City profile, Contact, Partner, Log engagement, Stale profiles.
export { getCityProfile, showCityProfile } from './cities/cityProfile';
export { markProfileReviewed, saveCity } from './cities/citySave';
export { deactivateContact, moveContact, saveContact } from './contacts/contactSave';
export { getContact, showContact, showNewContact } from './contacts/contactSidebar';
export { getEngagementForm, logEngagement, showLogEngagement } from './engagements/logEngagement';
export { deactivatePartner, getPartner, savePartner, showNewPartner, showPartner } from './partners/partnerSidebar';
export { getStaleProfiles, requestProfileReviews, showStaleProfiles } from './profiles/staleProfiles';
export { setUiLanguage } from './records/uiLanguage';
export { getSearchIndex, openSidebar, showFind } from './search/findSidebar';
