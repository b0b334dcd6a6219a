// Closed lists of values used by the tab definitions (statuses, stages, categories…), as the coordinator sees them.

export const MEMBERSHIP_STATUSES = ['prospect', 'applicant', 'member', 'lapsed', 'withdrawn'] as const;

export const STAFF_ROLES = ['admin', 'coordinator', 'hub', 'comms', 'viewer'] as const;

/** The network's regional hubs (DESIGN §1); the Management Unit covers cities outside any hub. */
export const HUB_NAMES = [
  'East & Southern Africa',
  'MENA',
  'South Asia',
  'Western Balkans',
  'Management Unit (global)',
] as const;

/** Who a contact is for the network (FAQ: one in the mayor's office or policy team, one practitioner). */
export const CONTACT_CATEGORIES = ["mayor's office", 'policy team', 'practitioner', 'other'] as const;

export const LAWFUL_BASES = ['consent', 'legitimate interests', 'contract', 'public task'] as const;

/**
 * A contact's answer to the newsletter consent question (issue 13): given, refused, or never asked (rows from
 * before the question, or added by hand). Only "given" lets a newsletter-purpose mailing reach a contact whose
 * lawful basis is consent.
 */
export const NEWSLETTER_CONSENTS = ['given', 'refused', 'not asked'] as const;

/**
 * The membership journey from the FAQ: enquiry → application form sent (answer within 2–3 working days) →
 * application received → under review (or more info requested) → approved / declined / withdrawn.
 */
export const APPLICATION_STAGES = [
  'enquiry received',
  'application form sent',
  'application received',
  'under review',
  'more info requested',
  'approved',
  'declined',
  'withdrawn',
] as const;

/** Stages at which the network owes the applicant an answer (they carry a due-by date). */
export const STAGES_AWAITING_NETWORK = ['enquiry received', 'application received', 'under review'] as const;

/** The principles members commit to (FAQ), in short form; an application lists those accepted. */
export const PRINCIPLES = [
  'human rights',
  'no association with any religion or group',
  'against discrimination',
  'against backlash and hate crimes',
  'partnership with communities',
  'monitoring and evaluation',
  'funding transparency',
] as const;

export const ENGAGEMENT_TYPES = [
  'meeting',
  'bi-weekly call',
  'event',
  'training',
  'email',
  'newsletter',
  'peer exchange',
  'external platform',
] as const;

export const ENGAGEMENT_SOURCES = [
  'manual',
  'mailing',
  'form',
  'import',
  'external platform',
  'event',
] as const;

export const PARTNER_TYPES = [
  'civil society',
  'international organisation',
  'national government',
  'academic',
  'foundation',
  'private sector',
  'network',
  'other',
] as const;

export const NEED_PRIORITIES = ['high', 'medium', 'low'] as const;
/** Where a need or an offer was learned: the survey form, an application, or what a person gathered (issue 14). */
export const NEED_SOURCES = [
  'needs survey',
  'application',
  'interview',
  'consultation',
  'focus group',
  'desk research',
  'other',
] as const;
export const NEED_STATUSES = ['open', 'being addressed', 'met', 'closed'] as const;

/** Offers (practice a city or partner can share) come from the same kinds of evidence as needs. */
export const OFFER_SOURCES = NEED_SOURCES;
export const OFFER_STATUSES = ['current', 'withdrawn'] as const;

/** A match's path (issue 14): proposed → introduced → exchange held → outcome recorded; or dismissed. */
export const MATCH_STATUSES = [
  'proposed',
  'introduced',
  'exchange held',
  'outcome recorded',
  'dismissed',
] as const;

export const EVENT_TYPES = [
  'summit',
  'conference',
  'workshop',
  'webinar',
  'steering committee',
  'working group',
  'exchange visit',
  'training',
] as const;
export const EVENT_STATUSES = [
  'planned',
  'invitations sent',
  'registration closed',
  'held',
  'cancelled',
] as const;

export const PARTICIPANT_ROLES = [
  'participant',
  'speaker',
  'moderator',
  'organiser',
  'interpreter',
  'observer',
] as const;
export const PARTICIPANT_STATUSES = [
  'invited',
  'registered',
  'confirmed',
  'declined',
  'wait-listed',
  'attended',
  'no-show',
  'cancelled',
] as const;
/** Gender as a participant chose to record it (optional); the event summary counts it where recorded. */
export const PARTICIPANT_GENDERS = ['woman', 'man', 'non-binary', 'prefers not to say'] as const;
export const LOGISTICS_STATUSES = ['not needed', 'requested', 'booked'] as const;
export const VISA_STATUSES = ['not needed', 'letter requested', 'letter sent', 'granted', 'refused'] as const;

/** What a template is for; intake and mailings look a template up by purpose and language. */
export const TEMPLATE_PURPOSES = [
  'acknowledgement',
  'application form',
  'more info',
  'welcome',
  'decline',
  'newsletter',
  'invitation',
  'introduction',
  'digest',
  'other',
] as const;

export const MAILING_STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'done', 'cancelled'] as const;

/**
 * A send's outcome. 'unknown' means the execution stopped between sending and recording: a person
 * must check the sent folder; it is never resent automatically (DESIGN §2.4).
 */
export const SEND_STATUSES = [
  'queued',
  'sending',
  'sent',
  'skipped',
  'failed',
  'bounced',
  'unknown',
] as const;

export const SUPPRESSION_REASONS = ['opted out', 'bounced', 'complaint', 'erased', 'manual'] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'merge',
  'erase',
  'export', // a subject-access export (src/server/privacy)
  'approve',
  'decline',
  'send',
  'setup',
  'import',
  'archive', // an Archive history run: what it moved, the window it used and why
  'snapshot', // a weekly snapshot run: the copy made (or why none), older copies binned
  'sheet edit', // a direct edit in the sheet, recorded by the onEdit trigger
  'suggest', // peer matching (issue 14): suggestions written, and the coordinator's decisions on them
  'accept',
  'dismiss',
  'progress',
] as const;

/** The default topics taxonomy (Settings → topics); admins may edit it. */
export const DEFAULT_TOPICS = [
  'social cohesion',
  'hate speech',
  'hate crime',
  'online harms',
  'disinformation',
  'polarisation',
  'youth engagement',
  'gender',
  'interfaith dialogue',
  'migration and integration',
  'radicalisation prevention',
  'rehabilitation and reintegration',
  'multi-agency working',
  'community policing',
  'mental health',
  'education',
  'local prevention strategy',
  'victim support',
  'civic participation',
  'monitoring and evaluation',
] as const;

/** Default languages of the network's correspondence (Settings → languages). */
export const DEFAULT_LANGUAGES = ['en', 'fr', 'ar', 'es'] as const;

/** Languages written right to left: templates and sidebars set dir="rtl" for these. */
export const RTL_LANGUAGES = ['ar', 'fa', 'he', 'ur'] as const;

/** Follow-ups (issue 17): open until someone marks them done. */
export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
/** Political events the Watch tab records; a change of mayor or governor re-confirms the political contacts. */
export const WATCH_KINDS = [
  'election',
  'change of mayor',
  'change of governor',
  'incident',
  'policy change',
  'other',
] as const;
