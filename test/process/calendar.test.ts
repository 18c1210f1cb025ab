import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addCalendarDays,
  addDays,
  addWorkingDays,
  belgianHolidays,
  brusselsDate,
  brusselsInstant,
  brusselsOffsetMinutes,
  dayOfWeek,
  easterSunday,
  endOfBrusselsDay,
  isCalendarDate,
  isWorkingDay,
  startOfBrusselsDay,
} from '../../src/process/calendar.ts';

describe('Easter by the Gregorian computus', () => {
  const known: Array<[number, string]> = [
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ];
  for (const [year, date] of known) {
    test(`Easter ${year} is ${date}`, () => {
      assert.equal(easterSunday(year), date);
      assert.equal(dayOfWeek(date), 0);
    });
  }
});

describe('Belgian public holidays', () => {
  test('2026', () => {
    assert.deepEqual(
      belgianHolidays(2026).map((h) => h.date),
      [
        '2026-01-01',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-25',
        '2026-07-21',
        '2026-08-15',
        '2026-11-01',
        '2026-11-11',
        '2026-12-25',
      ],
    );
  });

  test('2027, with Easter in March', () => {
    assert.deepEqual(
      belgianHolidays(2027).map((h) => h.date),
      [
        '2027-01-01',
        '2027-03-29',
        '2027-05-01',
        '2027-05-06',
        '2027-05-17',
        '2027-07-21',
        '2027-08-15',
        '2027-11-01',
        '2027-11-11',
        '2027-12-25',
      ],
    );
  });

  test('each has a name and there are ten', () => {
    const holidays = belgianHolidays(2030);
    assert.equal(holidays.length, 10);
    assert.ok(holidays.every((h) => h.name.length > 0));
  });
});

describe('working days', () => {
  test('weekends and holidays are not working days', () => {
    assert.equal(isWorkingDay('2026-03-02'), true); // Monday
    assert.equal(isWorkingDay('2026-03-07'), false); // Saturday
    assert.equal(isWorkingDay('2026-03-08'), false); // Sunday
    assert.equal(isWorkingDay('2026-04-06'), false); // Easter Monday
    assert.equal(isWorkingDay('2026-07-21'), false); // National Day, a Tuesday
    assert.equal(isWorkingDay('2026-07-22'), true);
  });

  test('over the Easter weekend: Thursday + 2 is the Tuesday after Easter Monday', () => {
    assert.equal(addWorkingDays('2026-04-02', 1), '2026-04-03');
    assert.equal(addWorkingDays('2026-04-02', 2), '2026-04-07');
    assert.equal(addWorkingDays('2026-04-03', 1), '2026-04-07');
  });

  test('over Ascension and over Christmas into the new year', () => {
    assert.equal(addWorkingDays('2026-05-13', 1), '2026-05-15');
    assert.equal(addWorkingDays('2026-12-24', 1), '2026-12-28');
    assert.equal(addWorkingDays('2026-12-31', 1), '2027-01-04');
  });

  test('counting from a weekend starts on Monday; zero days is the day itself', () => {
    assert.equal(addWorkingDays('2026-03-07', 1), '2026-03-09');
    assert.equal(addWorkingDays('2026-03-07', 0), '2026-03-07');
    assert.throws(() => addWorkingDays('2026-03-07', -1), RangeError);
  });

  test('a holiday on a Sunday adds no day off (1 November 2026)', () => {
    assert.equal(addWorkingDays('2026-10-30', 1), '2026-11-02');
  });
});

describe('Brussels time and daylight saving time', () => {
  test('offset is 60 minutes in winter and 120 in summer', () => {
    assert.equal(brusselsOffsetMinutes('2026-01-15T12:00:00Z'), 60);
    assert.equal(brusselsOffsetMinutes('2026-07-15T12:00:00Z'), 120);
  });

  test('the Brussels date differs from the UTC date just before midnight UTC', () => {
    assert.equal(brusselsDate('2026-01-15T23:30:00Z'), '2026-01-16');
    assert.equal(brusselsDate('2026-07-15T22:30:00Z'), '2026-07-16');
    assert.equal(brusselsDate('2026-07-15T21:59:59Z'), '2026-07-15');
  });

  test('last Sunday of March 2026: clocks go from 02:00 to 03:00', () => {
    assert.equal(brusselsOffsetMinutes('2026-03-29T00:59:59Z'), 60);
    assert.equal(brusselsOffsetMinutes('2026-03-29T01:00:00Z'), 120);
    assert.equal(startOfBrusselsDay('2026-03-29').toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(endOfBrusselsDay('2026-03-29').toISOString(), '2026-03-29T22:00:00.000Z');
  });

  test('last Sunday of October 2026: clocks go from 03:00 back to 02:00', () => {
    assert.equal(brusselsOffsetMinutes('2026-10-25T00:59:59Z'), 120);
    assert.equal(brusselsOffsetMinutes('2026-10-25T01:00:00Z'), 60);
    assert.equal(startOfBrusselsDay('2026-10-25').toISOString(), '2026-10-24T22:00:00.000Z');
    assert.equal(endOfBrusselsDay('2026-10-25').toISOString(), '2026-10-25T23:00:00.000Z');
  });

  test('adding calendar days keeps the wall-clock time across both switches', () => {
    // Saturday 10:00 CET + 1 day = Sunday 10:00 CEST: only 23 hours later.
    assert.equal(
      addCalendarDays('2026-03-28T09:00:00Z', 1).toISOString(),
      '2026-03-29T08:00:00.000Z',
    );
    // Saturday 10:00 CEST + 1 day = Sunday 10:00 CET: 25 hours later.
    assert.equal(
      addCalendarDays('2026-10-24T08:00:00Z', 1).toISOString(),
      '2026-10-25T09:00:00.000Z',
    );
    assert.equal(
      addCalendarDays('2026-03-20T13:30:15.250Z', 14).toISOString(),
      '2026-04-03T12:30:15.250Z',
    );
    assert.equal(
      addCalendarDays('2026-04-03T12:30:00Z', -14).toISOString(),
      '2026-03-20T13:30:00.000Z',
    );
  });

  test('a wall time in the skipped hour resolves after the switch', () => {
    const instant = brusselsInstant('2026-03-29', 2, 30);
    assert.equal(brusselsDate(instant), '2026-03-29');
    assert.ok(instant.getTime() >= Date.parse('2026-03-29T01:00:00Z'));
  });

  test('09:00 local is 08:00 UTC in winter and 07:00 UTC in summer', () => {
    assert.equal(brusselsInstant('2026-03-28', 9).toISOString(), '2026-03-28T08:00:00.000Z');
    assert.equal(brusselsInstant('2026-03-30', 9).toISOString(), '2026-03-30T07:00:00.000Z');
  });
});

describe('dates', () => {
  test('addDays crosses months, leap days and years', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  test('isCalendarDate accepts real dates only', () => {
    assert.equal(isCalendarDate('2026-02-28'), true);
    assert.equal(isCalendarDate('2026-02-30'), false);
    assert.equal(isCalendarDate('2026-2-3'), false);
    assert.equal(isCalendarDate('yesterday'), false);
  });
});

describe('the calendar agrees with Intl for any instant', () => {
  const reference = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });

  test('brusselsDate and the offset match a direct Intl reading', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const text = reference.format(new Date(ms)); // 'YYYY-MM-DD, HH:MM'
        assert.equal(brusselsDate(new Date(ms)), text.slice(0, 10));
        const local = new Date(ms + brusselsOffsetMinutes(new Date(ms)) * 60_000);
        assert.equal(local.toISOString().slice(11, 16), text.slice(12, 17));
      }),
      { numRuns: 3000 },
    );
  });

  test('brusselsInstant inverts the wall clock, and end of day is the next start', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const date = brusselsDate(new Date(ms));
        const start = startOfBrusselsDay(date);
        assert.equal(brusselsDate(start), date);
        assert.equal(brusselsDate(new Date(start.getTime() - 1)), addDays(date, -1));
        const end = endOfBrusselsDay(date);
        assert.ok(start.getTime() <= ms && ms < end.getTime());
        assert.ok([23, 24, 25].includes((end.getTime() - start.getTime()) / 3_600_000));
      }),
      { numRuns: 2000 },
    );
  });
});
