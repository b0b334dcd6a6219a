// Rules that involve several fields of one record (dates in order, one of two references set…).

type Rule = (record: Record<string, unknown>) => { key: string; message: string } | null;

const time = (v: unknown) => (v instanceof Date ? v.getTime() : null);

function notBefore(laterKey: string, laterHeader: string, earlierKey: string, earlierHeader: string): Rule {
  return (r) => {
    const later = time(r[laterKey]);
    const earlier = time(r[earlierKey]);
    return later !== null && earlier !== null && later < earlier
      ? { key: laterKey, message: `${laterHeader}: must not be before ${earlierHeader}.` }
      : null;
  };
}

export const RECORD_RULES: Readonly<Record<string, readonly Rule[]>> = {
  Contacts: [notBefore('activeTo', 'Active to', 'activeFrom', 'Active from')],
  Staff: [
    (r) =>
      r['role'] === 'hub' && !r['hubId'] ? { key: 'hubId', message: 'Hub: hub staff need a hub.' } : null,
  ],
  Events: [notBefore('endsOn', 'Ends on', 'startsOn', 'Starts on')],
  Participants: [notBefore('departsOn', 'Departs on', 'arrivesOn', 'Arrives on')],
  Matches: [
    (r) =>
      !r['offeringCityId'] && !r['offeringPartnerId']
        ? { key: 'offeringCityId', message: 'Offering city: give an offering city or an offering partner.' }
        : null,
    (r) =>
      r['offeringCityId'] && r['offeringCityId'] === r['seekingCityId']
        ? { key: 'offeringCityId', message: 'Offering city: must differ from the seeking city.' }
        : null,
  ],
};
