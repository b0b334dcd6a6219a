// The bundle's entry: every export here becomes a top-level function in dist/Code.js (triggers, menu items, sidebar calls).
// Private helpers are not exported; Apps Script cannot call what is not listed here.

export { onGridEdit } from './access/gridEdits';
export { archiveHistory, runArchiveHistory } from './archive/archiveHistory';
export { onEdit } from './audit/onEdit';
// Everyday CRM work (issue 6): Find, City profile, Contact, Partner, Log engagement, Stale profiles.
export { getCityProfile, showCityProfile } from './cities/cityProfile';
export { markProfileReviewed, saveCity } from './cities/citySave';
export { deactivateContact, moveContact, saveContact } from './contacts/contactSave';
export { getContact, showContact, showNewContact } from './contacts/contactSidebar';
// Monitoring and evaluation (issue 15): the Dashboard's refresh (menu; nightly in runDailyJobs).
export { refreshDashboard } from './dashboard/refreshDashboard';
export { getEngagementForm, logEngagement, showLogEngagement } from './engagements/logEngagement';
// Events (issue 16): events and participants, registration forms and their responses, documents, attendance.
export { generateEventSummary, generateVisaLetters, recordAttendance } from './events/eventDocuments';
export { saveEvent, saveParticipant } from './events/eventSave';
export { getEvent, showEvent } from './events/eventSidebar';
export { createRegistrationForm, getRegistrationLink } from './events/registrationForm';
export { applyRegistrations, onEventRegistrationSubmit } from './events/registrationSubmit';
export { getAboutInfo, showAbout } from './help/about';
// Engagement from every channel (issue 15): meeting attendance and comms statistics imported from CSV files.
export { importEngagements } from './imports/importEngagements';
export { getImportForm, previewEngagementImport, showImportEngagement } from './imports/importSidebar';
// Membership intake (issue 4): form triggers, the daily jobs, the review sidebar and coordinator actions.
export { previewApplicationAction } from './intake/actionPreview';
export { approveApplication } from './intake/approveApplication';
export { sendDailyDigestNow } from './intake/dailyDigest';
export { runDailyJobs } from './intake/dailyJobs';
export { declineApplication } from './intake/declineApplication';
export { onApplicationSubmit, onEnquirySubmit } from './intake/processSubmission';
export { requestMoreInformation } from './intake/requestMoreInformation';
export { getApplicationReview, listApplications, showReviewApplications } from './intake/reviewApplication';
export { sendApplicationLink } from './intake/sendApplicationLink';
export { getServiceTargets } from './intake/serviceTargets';
export { processUnprocessedResponses } from './intake/sweepUnprocessed';
// Dissemination (issue 12): templates, audiences, the check before sending, previews and test sends.
export { showMailings, showSuppressions, showTemplates } from './mail/disseminationAccess';
export { getGmailDraftContent, listGmailDrafts } from './mail/gmailDraftSource';
export { templateFromGmailDraft } from './mail/gmailDraftTemplate';
export { getMailingDraft, listMailingDrafts, saveMailingDraft } from './mail/mailingDrafts';
export { lookupMailingFile } from './mail/mailingFileLookup';
export {
  checkMailingDraft,
  getMailingSetup,
  previewAudience,
  previewMailingRecipient,
  sendMailingTest,
  showNewMailing,
} from './mail/mailingSidebar';
// The opt-out page: the script's web app (issue 12 item 8).
export { doGet, doPost } from './mail/optOutPage';
export {
  cancelMailing,
  getMailingProgress,
  listActiveMailings,
  pauseMailing,
  resumeMailing,
} from './mail/sending/progress';
export { runMailingSends } from './mail/sending/runSends';
export { forecastMailing, startMailing } from './mail/sending/startMailing';
export { listUnknownSends, resolveUnknownSend } from './mail/sending/unknownSends';
export { onOpen } from './menu/onOpen';
export {
  deactivatePartner,
  getPartner,
  savePartner,
  showNewPartner,
  showPartner,
} from './partners/partnerSidebar';
// Needs and peer learning (issue 14): the needs survey's trigger and Record needs (part A); matching, the
// coordinator's decisions, progress and outcome counts (part B).
export { acceptPeerMatch, dismissPeerMatch } from './peers/peerDecisions';
export { getPeerOutcomeCounts } from './peers/peerOutcomes';
export { getPeerMatches, showPeerMatches } from './peers/peerSidebar';
export { editPeerMatch, recordPeerProgress } from './peers/peerSteps';
export { getNeedsForm, recordNeed, showRecordNeeds } from './peers/recordNeeds';
export { suggestPeerMatches } from './peers/suggestPeerMatches';
export { onNeedsSurveySubmit } from './peers/surveySubmit';
export { erasePerson } from './privacy/erasePerson';
export { exportPersonData } from './privacy/exportPerson';
export { anonymiseRetentionDue } from './privacy/retentionApply';
export { listRetentionDue } from './privacy/retentionList';
export { getStaleProfiles, requestProfileReviews, showStaleProfiles } from './profiles/staleProfiles';
export { saveRecord } from './records/saveRecord';
export { setUiLanguage } from './records/uiLanguage';
// Keeping relationships alive (issue 17): follow-ups on any record, the political-event watch, member meetings.
export { addFollowUp } from './relations/addFollowUp';
export {
  completeFollowUp,
  getFollowUps,
  reassignFollowUp,
  showFollowUps,
  snoozeFollowUp,
} from './relations/followUpSidebar';
export { recordMeetingAttendance } from './relations/meetingAttendance';
export { listMeetingOccurrences, rescheduleMeetingOccurrence } from './relations/meetingOccurrences';
export { getMeetings, showMeetings } from './relations/meetingSidebar';
export { previewMemberMeetings, scheduleMemberMeetings } from './relations/meetings';
export { confirmContact, getHubWatch, recordWatchItem } from './relations/watch';
export { getSearchIndex, openSidebar, showFind } from './search/findSidebar';
export { setupWorkbook } from './setup/setupWorkbook';
export { runWeeklySnapshot } from './snapshot/weeklySnapshot';
export {
  checkWorkbook,
  continueValidation,
  showProblemCell,
  validateWorkbook,
} from './validate/validateWorkbook';
