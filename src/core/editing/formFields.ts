// Which fields each sidebar form edits: shared by the forms (what they show) and the server (what it accepts).

/** City profile: ids, review date and bookkeeping are not edited in the form. */
export const CITY_FORM_FIELDS = [
  'name',
  'localName',
  'country',
  'hubId',
  'status',
  'joinedOn',
  'population',
  'languages',
  'priorities',
  'expertise',
  'peerCapacity',
  'website',
  'notes',
] as const;

/** Contact: the organisation changes only through "Move to another city". */
export const CONTACT_FORM_FIELDS = [
  'name',
  'title',
  'category',
  'email',
  'phone',
  'language',
  'primary',
  'activeFrom',
  'activeTo',
  'lawfulBasis',
  'optedOut',
  'notes',
] as const;

export const PARTNER_FORM_FIELDS = ['name', 'type', 'country', 'expertise', 'website', 'notes'] as const;

/** Record needs (issue 14): one need gathered by a person; its status is set by the server (open). */
export const NEED_FORM_FIELDS = [
  'cityId',
  'topic',
  'priority',
  'description',
  'supportWanted',
  'surveyedOn',
  'source',
] as const;

/** The sources a person records needs from in the sidebar (the survey and applications record their own). */
export const GATHERED_NEED_SOURCES = [
  'interview',
  'consultation',
  'focus group',
  'desk research',
  'other',
] as const;

/** Log engagement: source and staff are set by the server. */
export const ENGAGEMENT_FORM_FIELDS = [
  'date',
  'type',
  'cityIds',
  'contactIds',
  'topics',
  'summary',
  'followUpOn',
] as const;
