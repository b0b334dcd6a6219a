// The Settings reader: defaults, typed values, and one clear problem per bad key.

import { SETTING_KEYS } from '../../sheets-templates';
import { defaultSettings, readSettings, settingsRows } from '../../src/core/schema';

describe('readSettings', () => {
  it('gives the defaults for an empty tab', () => {
    const { settings, problems } = readSettings([['Key', 'Value', 'Notes']]);
    expect(problems).toEqual([]);
    expect(settings).toEqual(defaultSettings());
    expect(settings.slaWorkingDays).toBe(3);
    expect(settings.languages).toEqual(['en', 'fr', 'ar', 'es']);
    expect(settings.staleProfileDays).toBe(365);
    expect(settings.replyTo).toBeNull();
    expect(settings.topics.length).toBeGreaterThan(10);
  });

  it('reads typed values from cells (numbers, date cells, lists, case-insensitive keys)', () => {
    const { settings, problems } = readSettings([
      ['SLA working days', 2],
      ['holidays', '2025-12-25, 2025-12-26\n2026-01-01'],
      ['Languages', 'EN, fr, ar, es, ru'],
      ['Default language', 'fr'],
      ['Reply-to', ' Membership@StrongCities.org '],
      ['Digest recipients', 'a@strongcities.org, b@strongcities.org'],
      ['Online Hub link', 'https://hub.strongcities.org'],
      ['Mail daily reserve', '50'],
    ]);
    expect(problems).toEqual([]);
    expect(settings.slaWorkingDays).toBe(2);
    expect(settings.holidays).toEqual([new Date(2025, 11, 25), new Date(2025, 11, 26), new Date(2026, 0, 1)]);
    expect(settings.languages).toEqual(['en', 'fr', 'ar', 'es', 'ru']);
    expect(settings.defaultLanguage).toBe('fr');
    expect(settings.replyTo).toBe('membership@strongcities.org');
    expect(settings.digestRecipients).toEqual(['a@strongcities.org', 'b@strongcities.org']);
    expect(settings.onlineHubUrl).toBe('https://hub.strongcities.org');
    expect(settings.mailDailyReserve).toBe(50);
  });

  it('accepts a single holiday typed as a date cell', () => {
    const { settings } = readSettings([['Holidays', new Date(2026, 3, 3)]]);
    expect(settings.holidays).toEqual([new Date(2026, 3, 3)]);
  });

  it('reports each problem with the key name and falls back to the default', () => {
    const { settings, problems } = readSettings([
      ['SLA working days', 'three'],
      ['Stale profile days', 5],
      ['Reply-to', 'membership@'],
      ['Holidays', '2025-12-25, Christmas'],
      ['Terms of Reference link', 'strongcities.org/tor'],
      ['Colour', 'blue'],
      ['SLA working days', 4],
      ['Default language', 'de'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'SLA working days: “three” is not a whole number; using 3.',
      'Stale profile days: 5 is below the minimum of 30; using 365.',
      'Reply-to: “membership@” is not a valid email address; leaving it empty.',
      'Holidays: “Christmas” is not a date (use YYYY-MM-DD); leaving it empty.',
      'Terms of Reference link: “strongcities.org/tor” is not a valid link (it must start with https://); leaving it empty.',
      'Colour: this setting is not known and is ignored.',
      'SLA working days: appears more than once; the first row is used.',
      'Default language: “de” is not in Languages; using en.',
    ]);
    expect(problems.map((p) => p.key)).toContain('SLA working days');
    expect(settings.slaWorkingDays).toBe(3);
    expect(settings.staleProfileDays).toBe(365);
    expect(settings.replyTo).toBeNull();
    expect(settings.holidays).toEqual([]);
    expect(settings.defaultLanguage).toBe('en');
  });

  it('round-trips through the rows setup writes', () => {
    const s = defaultSettings();
    s.holidays = [new Date(2026, 11, 25)];
    s.replyTo = 'membership@strongcities.org';
    const rows = settingsRows(s);
    expect(rows).toHaveLength(SETTING_KEYS.length);
    expect(rows[0]).toEqual(['SLA working days', '3', SETTING_KEYS[0].note]);
    expect(readSettings(rows)).toEqual({ settings: s, problems: [] });
  });
});
