import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  daysInMonth, formatNationalNumber, makeNationalNumber, validateNationalNumber,
  type NationalNumberSpec,
} from '../../src/register/national-number.ts';

// Check digits below were worked out by hand: 97 - (first nine digits mod 97), with
// 2,000,000,000 added to the nine digits for a birth from 2000 on.

test('an ordinary number born before 2000 is read: birth date, sex, not bis', () => {
  assert.deepEqual(validateNationalNumber('85073003328'), {
    ok: true, value: '85073003328', birth: { year: 1985, month: 7, day: 30 },
    birthDate: '1985-07-30', sex: 'male', bis: false,
  });
});

test('the usual written forms are accepted and normalised to eleven digits', () => {
  for (const form of ['85.07.30-033.28', '850730 033 28', '850730-033-28', ' 85073003328 ']) {
    const result = validateNationalNumber(form);
    assert.ok(result.ok, form);
    assert.equal(result.value, '85073003328');
  }
  assert.equal(formatNationalNumber('85073003328'), '85.07.30-033.28');
});

test('a number born from 2000 on uses the check digits with a leading 2', () => {
  const result = validateNationalNumber('17010100171');
  assert.ok(result.ok);
  assert.equal(result.birthDate, '2017-01-01');
  assert.equal(result.sex, 'male');
  const even = validateNationalNumber('01040592273');
  assert.ok(even.ok);
  assert.equal(even.birthDate, '2001-04-05');
  assert.equal(even.sex, 'female');
});

test('bis numbers: month + 20 keeps the sex, month + 40 leaves it unknown', () => {
  const known = validateNationalNumber('85291492165');
  assert.ok(known.ok);
  assert.deepEqual([known.bis, known.sex, known.birthDate], [true, 'male', '1985-09-14']);
  const unknown = validateNationalNumber('85491400554');
  assert.ok(unknown.ok);
  assert.deepEqual([unknown.bis, unknown.sex, unknown.birthDate], [true, undefined, '1985-09-14']);
});

test('an unknown birth date (month and day 00) or day (day 00) is valid, without birthDate', () => {
  const yearOnly = validateNationalNumber('70000000114');
  assert.ok(yearOnly.ok);
  assert.deepEqual(yearOnly.birth, { year: 1970 });
  assert.equal(yearOnly.birthDate, undefined);
  const yearMonth = validateNationalNumber('70120000297');
  assert.ok(yearMonth.ok, 'check digits 97 when the nine digits are a multiple of 97');
  assert.deepEqual(yearMonth.birth, { year: 1970, month: 12 });
  assert.equal(yearMonth.sex, 'female');
});

test('invalid numbers say why', () => {
  const cases: [string, string][] = [
    ['8507300332', 'format'], ['850730033288', 'format'], ['85O73003328', 'format'],
    ['', 'format'], ['85/07/30-033.28', 'format'],
    ['85073003329', 'checksum'], ['85073003300', 'checksum'],
    ['85130100102', 'date'], ['85023000125', 'date'], ['85000500182', 'date'],
    ['00022900215', 'date'],
    ['85073000061', 'sequence'], ['85073099932', 'sequence'],
  ];
  for (const [input, problem] of cases) {
    assert.deepEqual(validateNationalNumber(input), { ok: false, problem }, input);
  }
});

test('29 February exists in 2000 but not in 1900', () => {
  assert.equal(validateNationalNumber('00022900244').ok, true);
  assert.deepEqual(validateNationalNumber('00022900215'), { ok: false, problem: 'date' });
});

test('with today given, a birth date in the future is refused', () => {
  assert.equal(validateNationalNumber('90010100152').ok, true, '2090 read without a today');
  assert.deepEqual(validateNationalNumber('90010100152', { today: '2025-06-01' }),
    { ok: false, problem: 'date' });
});

test('the known blind spot: the second year digit moved by 6 reads in the other century', () => {
  const born1916 = validateNationalNumber('16010100121');
  const born2010 = validateNationalNumber('10010100121');
  assert.ok(born1916.ok && born2010.ok);
  assert.equal(born1916.birthDate, '1916-01-01');
  assert.equal(born2010.birthDate, '2010-01-01');
});

test('makeNationalNumber refuses a spec no valid number can match', () => {
  assert.throws(() => makeNationalNumber({ born: { year: 1899 }, sex: 'male' }), RangeError);
  assert.throws(() => makeNationalNumber({ born: { year: 1985, month: 2, day: 30 }, sex: 'male' }),
    RangeError);
  assert.throws(() => makeNationalNumber({ born: { year: 1985 } }), RangeError);
  assert.throws(() => makeNationalNumber({ born: { year: 1985 }, sex: 'male', serial: 499 }),
    RangeError);
});

const specs: fc.Arbitrary<NationalNumberSpec> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.integer({ min: 0, max: 12 }),
    day: fc.integer({ min: 0, max: 31 }),
    sex: fc.constantFrom('male', 'female', undefined),
    bis: fc.boolean(),
    serial: fc.integer({ min: 0, max: 498 }),
  })
  .filter((r) => r.month === 0 ? r.day === 0 : r.day <= daysInMonth(r.year, r.month))
  .filter((r) => r.bis || r.sex !== undefined)
  .map((r) => ({
    born: {
      year: r.year, ...(r.month ? { month: r.month } : {}), ...(r.day ? { day: r.day } : {}),
    },
    bis: r.bis,
    serial: r.serial,
    ...(r.sex ? { sex: r.sex } : {}),
  }));

test('property: every made number validates and says what it was made from', () => {
  fc.assert(fc.property(specs, (spec) => {
    const value = makeNationalNumber(spec);
    const result = validateNationalNumber(formatNationalNumber(value));
    assert.ok(result.ok);
    assert.equal(result.value, value);
    assert.deepEqual(result.birth, spec.born);
    assert.equal(result.sex, spec.sex);
    assert.equal(result.bis, spec.bis);
  }), { numRuns: 2000 });
});

test('property: changing any one digit makes a number invalid, but for the blind spot', () => {
  fc.assert(fc.property(specs, (spec) => {
    const value = makeNationalNumber(spec);
    for (const changed of singleDigitChanges(value)) {
      const result = validateNationalNumber(changed);
      if (result.ok) assertBlindSpot(value, changed);
    }
  }), { numRuns: 1000 });
});

function* singleDigitChanges(value: string): Generator<string> {
  for (let position = 0; position < value.length; position += 1) {
    for (let digit = 0; digit <= 9; digit += 1) {
      if (String(digit) === value[position]) continue;
      yield value.slice(0, position) + digit + value.slice(position + 1);
    }
  }
}

/** The only single change that stays valid: year digit two by 6, read 94 years apart. */
function assertBlindSpot(value: string, changed: string): void {
  const before = validateNationalNumber(value);
  const after = validateNationalNumber(changed);
  assert.ok(before.ok && after.ok);
  const position = [...value].findIndex((d, i) => d !== changed[i]);
  assert.equal(position, 1, `${value} -> ${changed} should not be valid`);
  assert.equal(Math.abs(Number(value[1]) - Number(changed[1])), 6);
  assert.equal(Math.abs(after.birth.year - before.birth.year), 94);
}
