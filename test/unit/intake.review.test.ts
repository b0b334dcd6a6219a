// Unit tests for the review: each validation finding, duplicate-city detection, and the application stage machine.

import { PRINCIPLES } from '../../sheets-templates/vocabularies';
import type { Application } from '../../src/core/intake/application';
import { cityKey, matchExistingCity } from '../../src/core/intake/cityMatching';
import { digestFields } from '../../src/core/intake/digest';
import { blocksApproval, findingsText, validationFindings } from '../../src/core/intake/findings';
import { canMove, planStageChange, STAGE_TIMESTAMP } from '../../src/core/intake/stages';

const GOOD: Application = {
  submittedAt: null,
  applicationId: 'APP-000042',
  cityName: 'Sfax',
  country: 'Tunisia',
  countryCode: 'TN',
  population: 330000,
  contacts: [
    {
      index: 1,
      name: 'Amina',
      title: 'Adviser',
      email: 'amina@sfax.example.tn',
      phone: '+216 74 000 000',
      category: "mayor's office",
    },
    {
      index: 2,
      name: 'Karim',
      title: 'Lead',
      email: 'karim@sfax.example.tn',
      phone: '',
      category: 'practitioner',
    },
  ],
  background:
    'Sfax works with youth centres and religious leaders on social cohesion after online hate campaigns.',
  priorityTopics: ['youth engagement'],
  languages: ['fr'],
  principlesAccepted: [...PRINCIPLES],
  principlesNotAccepted: [],
  newsletter: 'not asked',
};

const codes = (app: Application) => validationFindings(app).map((f) => f.code);

describe('validationFindings', () => {
  it('finds nothing in a complete application', () => {
    expect(validationFindings(GOOD)).toEqual([]);
  });

  it('flags fewer than 2 contacts as an error', () => {
    const f = validationFindings({ ...GOOD, contacts: [GOOD.contacts[0]!] });
    expect(f.map((x) => [x.code, x.severity])).toEqual([
      ['fewContacts', 'error'],
      ['noPractitioner', 'info'],
    ]);
    expect(f[0]!.message.fr).toMatch(/Seulement 1 point/);
    expect(blocksApproval(f)).toBe(true);
  });

  it('warns when no contact is in the mayor’s office or policy team', () => {
    const contacts = GOOD.contacts.map((c) => ({ ...c, category: 'practitioner' as const }));
    const f = validationFindings({ ...GOOD, contacts });
    expect(f.map((x) => [x.code, x.severity])).toEqual([['noPolicyContact', 'warning']]);
    expect(blocksApproval(f)).toBe(false);
    const withPolicy = validationFindings({
      ...GOOD,
      contacts: [contacts[0]!, { ...contacts[1]!, category: 'policy team' }],
    });
    expect(withPolicy).toEqual([]);
  });

  it('lists the principles not accepted', () => {
    const f = validationFindings({
      ...GOOD,
      principlesAccepted: PRINCIPLES.slice(1),
      principlesNotAccepted: ['human rights'],
    });
    expect(f.map((x) => x.code)).toEqual(['principlesNotAccepted']);
    expect(f[0]!.message.en).toBe('Not all principles are accepted yet: human rights.');
  });

  it('flags invalid and duplicate emails and doubtful phones per contact', () => {
    const contacts = [
      { ...GOOD.contacts[0]!, email: 'amina@@sfax' },
      { ...GOOD.contacts[1]!, phone: 'call me' },
      { ...GOOD.contacts[1]!, index: 3, phone: '' },
    ];
    const f = validationFindings({ ...GOOD, contacts });
    expect(f.map((x) => [x.code, x.field])).toEqual([
      ['invalidEmail', 'contacts[1].email'],
      ['invalidPhone', 'contacts[2].phone'],
      ['duplicateContactEmail', 'contacts[3].email'],
    ]);
    expect(f[0]!.message.en).toBe('Amina: the email address amina@@sfax is not valid.');
  });

  it('flags missing background, city, country, reference and incomplete contacts', () => {
    expect(codes({ ...GOOD, background: '  ' })).toEqual(['missingBackground']);
    expect(codes({ ...GOOD, background: 'Short.' })).toEqual(['briefBackground']);
    expect(codes({ ...GOOD, cityName: '' })).toEqual(['missingCity']);
    expect(codes({ ...GOOD, country: '', countryCode: null })).toEqual(['missingCountry']);
    expect(codes({ ...GOOD, country: 'Narnia', countryCode: null })).toEqual(['unknownCountry']);
    expect(codes({ ...GOOD, applicationId: '' })).toEqual(['missingApplicationId']);
    expect(codes({ ...GOOD, population: null, languages: [] })).toEqual(['missingPopulation', 'noLanguages']);
    const incomplete = [GOOD.contacts[0]!, { ...GOOD.contacts[1]!, category: null }];
    expect(codes({ ...GOOD, contacts: incomplete })).toEqual(['contactIncomplete', 'noPractitioner']);
  });

  it('renders findings as lines for the Issues found column', () => {
    const text = findingsText(validationFindings({ ...GOOD, background: '' }), 'fr');
    expect(text).toBe('[error] Aucune présentation des enjeux et des approches de la ville.');
  });
});

describe('matchExistingCity', () => {
  const cities = [
    { id: 'CTY-000001', name: 'Montréal', country: 'Canada', status: 'member' },
    { id: 'CTY-000002', name: 'Irbid', localName: 'إربد', country: 'Jordan', status: 'prospect' },
    { id: 'CTY-000003', name: 'Saint-Denis', country: 'France', status: 'prospect' },
  ];

  it('ignores accents, case, whitespace and a "City of" prefix', () => {
    const m = matchExistingCity({ cityName: '  CITY OF  montreal ', country: 'canada' }, cities, []);
    expect(m.city?.id).toBe('CTY-000001');
    expect(m.findings.map((f) => [f.code, f.severity])).toEqual([['alreadyMember', 'warning']]);
    expect(matchExistingCity({ cityName: 'saint denis', country: 'France' }, cities, []).city?.id).toBe(
      'CTY-000003',
    );
  });

  it('matches non-Latin names against the local name, ignoring hamza forms and tatweel', () => {
    expect(cityKey('أربد')).toBe(cityKey('اربد'));
    const m = matchExistingCity({ cityName: 'إربـد', country: 'Jordan' }, cities, []);
    expect(m.city?.id).toBe('CTY-000002');
    expect(m.findings.map((f) => f.code)).toEqual(['existingCity']);
  });

  it('does not match the same name in another country, and compares country aliases by ISO code', () => {
    expect(matchExistingCity({ cityName: 'Montreal', country: 'France' }, cities, []).city).toBeNull();
    const london = [{ id: 'CTY-000009', name: 'London', country: 'United Kingdom' }];
    expect(matchExistingCity({ cityName: 'london', country: 'UK' }, london, []).city?.id).toBe('CTY-000009');
  });

  it('finds an earlier open application for the same city, not itself and not closed ones', () => {
    const apps = [
      { id: 'APP-000010', stage: 'declined', cityName: 'Sfax', country: 'Tunisia' },
      { id: 'APP-000011', stage: 'application form sent', cityName: 'SFAX', country: 'Tunisia' },
      { id: 'APP-000012', stage: 'enquiry received', cityName: 'Sfax', country: 'Tunisia' },
    ];
    const m = matchExistingCity({ cityName: 'Sfax', country: 'Tunisia', selfId: 'APP-000012' }, [], apps);
    expect(m.city).toBeNull();
    expect(m.openApplication?.id).toBe('APP-000011');
    expect(m.findings.map((f) => f.code)).toEqual(['openApplication']);
    expect(
      matchExistingCity({ cityName: 'Sfax', country: 'Tunisia', selfId: 'APP-000011' }, [], apps.slice(0, 2))
        .openApplication,
    ).toBeNull();
  });
});

describe('application stages', () => {
  const calendar = { timeZone: 'Europe/London', holidays: [] };
  const at = new Date('2025-03-14T17:00:00Z');

  it('follows the membership journey', () => {
    expect(canMove(null, 'enquiry received')).toBe(true);
    expect(canMove(null, 'approved')).toBe(false);
    expect(canMove('enquiry received', 'application form sent')).toBe(true);
    expect(canMove('application form sent', 'application received')).toBe(true);
    expect(canMove('application received', 'more info requested')).toBe(true);
    expect(canMove('more info requested', 'application received')).toBe(true);
    expect(canMove('under review', 'approved')).toBe(true);
    expect(canMove('approved', 'declined')).toBe(false);
    expect(canMove('enquiry received', 'approved')).toBe(false);
  });

  it('stamps the stage column and sets Due by in working days', () => {
    const change = planStageChange('application form sent', 'application received', at, {
      calendar,
      slaWorkingDays: 3,
    });
    expect(change).toEqual({
      ok: true,
      patch: {
        stage: 'application received',
        applicationReceivedAt: at,
        dueBy: new Date('2025-03-19T00:00:00Z'),
      },
    });
    const sent = planStageChange('enquiry received', 'application form sent', at, {
      calendar,
      slaWorkingDays: 3,
    });
    expect(sent.ok && sent.patch).toEqual({ stage: 'application form sent', formSentAt: at, dueBy: null });
    const review = planStageChange('application received', 'under review', at, {
      calendar,
      slaWorkingDays: 3,
    });
    expect(review.ok && review.patch).toEqual({ stage: 'under review', reviewStartedAt: at });
  });

  it('requires a reason to decline or ask for more information', () => {
    const refused = planStageChange('under review', 'declined', at, {
      calendar,
      slaWorkingDays: 3,
      reason: ' ',
    });
    expect(refused.ok).toBe(false);
    const ok = planStageChange('under review', 'declined', at, {
      calendar,
      slaWorkingDays: 3,
      reason: 'Not a local authority.',
    });
    expect(ok.ok && ok.patch).toEqual({
      stage: 'declined',
      declinedAt: at,
      dueBy: null,
      decisionReason: 'Not a local authority.',
    });
  });

  it('refuses a move that skips the journey, with a message in both languages', () => {
    const r = planStageChange('declined', 'approved', at, { calendar, slaWorkingDays: 3 });
    expect(r).toEqual({
      ok: false,
      message: {
        en: 'An application cannot go from "declined" to "approved".',
        fr: 'Une candidature ne peut pas passer de « declined » à « approved ».',
      },
    });
  });

  it('has a timestamp column for every stage', () => {
    expect(Object.keys(STAGE_TIMESTAMP)).toHaveLength(8);
  });
});

describe('digestFields', () => {
  it('lists what is due today and overdue, only for stages awaiting the network', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const f = digestFields(
      [
        {
          id: 'APP-000003',
          stage: 'application received',
          cityName: 'Sfax',
          country: 'Tunisia',
          dueBy: d('2025-03-19'),
        },
        {
          id: 'APP-000001',
          stage: 'enquiry received',
          cityName: 'Irbid',
          country: 'Jordan',
          dueBy: d('2025-03-17'),
        },
        {
          id: 'APP-000002',
          stage: 'application form sent',
          cityName: 'Lima',
          country: 'Peru',
          dueBy: d('2025-03-10'),
        },
        {
          id: 'APP-000004',
          stage: 'under review',
          cityName: 'Mostar',
          country: 'Bosnia and Herzegovina',
          dueBy: null,
        },
      ],
      new Date('2025-03-19T09:00:00Z'),
      'Europe/London',
    );
    // Dates read in the language's one format (the grid's), the ISO day kept for keys.
    expect(f).toEqual({
      Day: '2025-03-19',
      Date: '19/03/2025',
      DueTodayCount: 1,
      DueTodayList: '• APP-000003 – Sfax, Tunisia – application received – due 19/03/2025',
      OverdueCount: 1,
      OverdueList: '• APP-000001 – Irbid, Jordan – enquiry received – due 17/03/2025',
    });
  });
});
