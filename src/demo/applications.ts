// Demo membership applications over two years, at every stage of the journey, including overdue ones.

import type { ApplicationRecord, CityRecord } from '../../sheets-templates/index';
import { DEFAULT_TOPICS, PRINCIPLES } from '../../sheets-templates/vocabularies';
import type { PointOfContact } from '../core/schema/jsonShapes';
import { FIXED_PLANS, randomPlan, type Timeline, timeline } from './applicationTimeline';
import { cityDomain, personName, phoneNumber, uniqueEmail } from './contacts';
import { type DemoContext, languageWeights } from './context';
import type { DemoNetwork } from './network';
import { TITLES, titleLanguage } from './people';
import type { Place } from './places';

type Stage = ApplicationRecord['stage'];

const DECLINE_REASONS = [
  'The applicant is a national ministry, not a local authority.',
  'The application did not accept all of the network principles.',
  'A private consultancy applied on behalf of the municipality without a mandate.',
];
const MORE_INFO_REASONS = [
  'Please nominate a practitioner as a second point of contact.',
  "Please confirm the mayor's office mandate for the relationship manager.",
  "Please add a short background on the city's approach to prevention.",
];

function responseId(ctx: DemoContext): string {
  return '2_ABaOnu' + ctx.rnd.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
}

function writtenName(ctx: DemoContext, name: string): string {
  const r = ctx.rnd;
  if (!r.chance(0.15)) return name;
  return r.pick([
    `City of ${name}`,
    `Municipality of ${name}`,
    name.toUpperCase(),
    ` ${name} `.trim().toLowerCase(),
  ]);
}

interface Applicant {
  place: Place;
  city: CityRecord | null;
}

export function buildApplications(
  ctx: DemoContext,
  net: DemoNetwork,
  count: number,
  slaDays: number,
  mailSuffix: string,
): ApplicationRecord[] {
  const r = ctx.rnd;
  const members = net.cities.filter((c) => c.status === 'member');
  const applicants = net.cities.filter((c) => c.status === 'applicant' || c.status === 'prospect');
  // Approvals cannot outnumber the member cities they create.
  const approveShare = Math.min(0.7, (members.length * 0.8) / Math.max(1, count * 0.65));
  const out: ApplicationRecord[] = [];
  const places =
    net.unusedPlaces.length > 0 ? net.unusedPlaces : net.cities.map((c) => net.cityInfo.get(c.id)!.place);
  let memberIndex = 0;
  let applicantIndex = 0;
  for (let i = 0; i < count; i++) {
    const p = i < FIXED_PLANS.length ? FIXED_PLANS[i]! : randomPlan(ctx, approveShare);
    const t = timeline(ctx, p);
    let applicant: Applicant;
    if (t.stage === 'approved' && memberIndex < members.length) {
      const city = members[memberIndex++]!;
      city.joinedOn = new Date(
        t.approvedAt!.getFullYear(),
        t.approvedAt!.getMonth(),
        t.approvedAt!.getDate(),
      );
      city.statusChangedOn = city.joinedOn;
      applicant = { place: net.cityInfo.get(city.id)!.place, city };
    } else if (t.stage === 'approved') {
      t.stage = 'declined'; // no member city left to link: keep the data consistent
      t.declinedAt = t.approvedAt;
      t.approvedAt = null;
      applicant = { place: r.pick(places), city: null };
    } else if (isOpen(t.stage) && applicantIndex < applicants.length && r.chance(0.5)) {
      const city = applicants[applicantIndex++]!;
      applicant = { place: net.cityInfo.get(city.id)!.place, city };
    } else {
      applicant = { place: r.pick(places), city: null };
    }
    out.push(buildApplication(ctx, net, applicant, t, slaDays, mailSuffix));
  }
  markDuplicates(ctx, out);
  return out;
}

function isOpen(stage: Stage): boolean {
  return stage === 'application received' || stage === 'under review' || stage === 'more info requested';
}

function buildApplication(
  ctx: DemoContext,
  net: DemoNetwork,
  applicant: Applicant,
  t: Timeline,
  slaDays: number,
  mailSuffix: string,
): ApplicationRecord {
  const r = ctx.rnd;
  const { place } = applicant;
  const country = place.country;
  const domain = cityDomain(place, mailSuffix);
  const language = r.weighted(languageWeights(country.langs));
  const titles = TITLES[titleLanguage(language)];
  const submitter = personName(ctx, country.names);
  const received = t.applicationReceivedAt !== null;
  const topics = r.sample(DEFAULT_TOPICS, r.int(1, 3));
  const points: PointOfContact[] = [];
  if (received) {
    const n = r.int(2, 3);
    for (let k = 0; k < n; k++) {
      const person = personName(ctx, country.names);
      const category = k === 0 ? "mayor's office" : k === 1 ? 'practitioner' : 'policy team';
      points.push({
        name: `${person.first} ${person.last}`,
        email: uniqueEmail(net.usedEmails, person.first, person.last, domain),
        position: r.pick(titles[category]),
        category,
        phone: phoneNumber(ctx, country.dial),
        language,
      });
    }
  }
  const allPrinciples = !received || r.chance(0.92);
  const principles = received ? (allPrinciples ? PRINCIPLES.slice() : PRINCIPLES.slice(0, 6)) : [];
  const waitingSince =
    t.stage === 'enquiry received'
      ? t.enquiryReceivedAt
      : t.stage === 'application received' || t.stage === 'under review'
        ? t.applicationReceivedAt
        : null;
  const hubKey = country.hub;
  const staff = net.staffByHub[hubKey].length > 0 ? net.staffByHub[hubKey] : net.staffByHub.MU;
  const last = [
    t.approvedAt,
    t.declinedAt,
    t.withdrawnAt,
    t.moreInfoRequestedAt,
    t.reviewStartedAt,
    t.applicationReceivedAt,
  ]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const book = ctx.bookkeeping(t.enquiryReceivedAt);
  if (last && book.updatedAt.getTime() < last.getTime()) book.updatedAt = last;
  const app: ApplicationRecord = {
    id: ctx.nextId('APP'),
    stage: t.stage,
    dueBy: waitingSince ? ctx.addWorkingDays(waitingSince, slaDays) : null,
    enquiryReceivedAt: t.enquiryReceivedAt,
    formSentAt: t.formSentAt,
    applicationReceivedAt: t.applicationReceivedAt,
    reviewStartedAt: t.reviewStartedAt,
    moreInfoRequestedAt: t.moreInfoRequestedAt,
    approvedAt: t.approvedAt,
    declinedAt: t.declinedAt,
    withdrawnAt: t.withdrawnAt,
    cityName: writtenName(ctx, place.name),
    country: country.name,
    submitterName: `${submitter.first} ${submitter.last}`,
    submitterEmail: uniqueEmail(net.usedEmails, submitter.first, submitter.last, domain),
    submitterPosition: r.pick(titles[r.chance(0.6) ? "mayor's office" : 'policy team']),
    language,
    enquiryMessage: r.chance(0.7)
      ? `We would like ${place.name} to join the network and share our work on ${topics[0]}.`
      : null,
    pointsOfContact: received ? points : null,
    background: received
      ? `${place.name} works on ${topics.join(', ')}. The city runs a multi-agency prevention group with schools, youth services and community leaders.`
      : null,
    priorityTopics: topics,
    languages: languageWeights(country.langs).map(([c]) => c),
    principlesAccepted: principles,
    enquiryResponseId: responseId(ctx),
    applicationResponseId: received ? responseId(ctx) : null,
    cityId: applicant.city ? applicant.city.id : null,
    hubId: net.hubIdByKey[hubKey],
    assignedTo: received ? r.pick(staff).id : null,
    duplicateOf: null,
    issuesFound: received && !allPrinciples ? 'Principle not accepted: funding transparency.' : null,
    decisionReason:
      t.stage === 'declined'
        ? r.pick(DECLINE_REASONS)
        : t.stage === 'more info requested'
          ? r.pick(MORE_INFO_REASONS)
          : null,
    newsletterConsent: null,
    newsletterConsentOn: null,
    notes: null,
    ...book,
  };
  return withNewsletterAnswer(app);
}

/** The newsletter question's answer (issue 13), from the id's number so nothing more is drawn: in turn given,
 *  not asked (skipped), refused. */
function withNewsletterAnswer(app: ApplicationRecord): ApplicationRecord {
  const answer = (['given', 'not asked', 'refused'] as const)[Number(app.id.replace(/\D/g, '')) % 3]!;
  return {
    ...app,
    newsletterConsent: answer,
    newsletterConsentOn: answer === 'not asked' ? null : app.enquiryReceivedAt,
  };
}

/** About 3% of enquiries repeat an earlier one from the same city; they are flagged and closed. */
function markDuplicates(ctx: DemoContext, apps: ApplicationRecord[]): void {
  const r = ctx.rnd;
  for (let i = FIXED_PLANS.length + 1; i < apps.length; i++) {
    if (!r.chance(0.03)) continue;
    const app = apps[i]!;
    if (
      app.stage !== 'enquiry received' &&
      app.stage !== 'application form sent' &&
      app.stage !== 'withdrawn'
    )
      continue;
    const original = apps[r.int(0, i - 1)]!;
    if (original.enquiryReceivedAt!.getTime() >= app.enquiryReceivedAt!.getTime()) continue;
    app.cityName = original.cityName;
    app.country = original.country;
    app.hubId = original.hubId;
    app.cityId = original.cityId;
    app.duplicateOf = original.id;
    app.issuesFound = `Possible duplicate of ${original.id} (same city and country).`;
  }
}
