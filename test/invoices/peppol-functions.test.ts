// The u: functions of PEPPOL-EN16931-UBL.sch, written again for fontoxpath: each against
// identifiers known to be valid and the same with a wrong check digit, and the XPath
// helpers against the examples of the XPath specification.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fontoxpath from 'fontoxpath'; // CommonJS: no named exports under Node's ESM
import {
  abn, addPIVA, castableAsInteger, checkCF, checkCF16, checkCodiceIPA, checkPIVA, checkPIVAseIT,
  checkSEOrgnr, gln, mod11, mod97_0208, registerPeppolFunctions, slack, substring,
  TinVerification, utilsNamespace, xpathNumber,
} from './support/peppol-functions.ts';

const { evaluateXPathToBoolean, evaluateXPathToNumber } = fontoxpath;

describe('XPath helpers', () => {
  test('substring follows XPath (1-based, rounded positions)', () => {
    assert.equal(substring('motor car', 6), ' car');
    assert.equal(substring('metadata', 4, 3), 'ada');
    assert.equal(substring('12345', 1.5, 2.6), '234');
    assert.equal(substring('12345', 0, 3), '12');
    assert.equal(substring('12345', 5, -3), '');
    assert.equal(substring('12345', -3, 5), '1');
  });

  test('number() and castable as xs:integer', () => {
    assert.ok(Number.isNaN(xpathNumber('')));
    assert.ok(Number.isNaN(xpathNumber('12a')));
    assert.equal(xpathNumber(' 012 '), 12);
    assert.equal(xpathNumber('1e2'), 100);
    assert.ok(castableAsInteger(' +12 '));
    assert.ok(!castableAsInteger('1.0'));
    assert.ok(!castableAsInteger(''));
  });
});

describe('the u: functions', () => {
  test('u:gln (GS1 check digit)', () => {
    assert.ok(gln('4006381333931'));
    assert.ok(!gln('4006381333932'));
    assert.ok(!gln(''));
  });

  test('u:slack', () => {
    assert.ok(slack(10, 10.02, 0.02));
    assert.ok(slack(10, 9.98, 0.02));
    assert.ok(!slack(10, 10.03, 0.02));
    assert.ok(slack(3 * 1.1, 3.3, 0)); // 3.3000000000000003 as a double: equal as decimals
  });

  test('u:mod11 (Norwegian organisation number)', () => {
    assert.ok(mod11('974760673'));
    assert.ok(!mod11('974760674'));
    assert.ok(!mod11('000000000'), 'number($val) > 0');
  });

  test('u:mod97-0208 (Belgian enterprise number)', () => {
    assert.ok(mod97_0208('0999000129'));
    assert.ok(!mod97_0208('0999000128'));
    // 97 - (n mod 97) is 97 when n is a multiple of 97: the check digits are then 97.
    assert.ok(mod97_0208(`${String(97 * 1000).padStart(8, '0')}97`));
    assert.throws(() => mod97_0208('ABCDEFGH12'), /FORG0001/);
  });

  test('u:checkCodiceIPA, u:checkCF and u:checkCF16 (Italian codes)', () => {
    assert.ok(checkCodiceIPA('UFY9MH'));
    assert.ok(!checkCodiceIPA('UFY9M'));
    assert.ok(!checkCodiceIPA('UFY9M-'));
    assert.ok(checkCF16('RSSMRA85T10A562S'));
    assert.ok(!checkCF16('RSSMRA8XT10A562S'));
    assert.ok(checkCF('RSSMRA85T10A562S'));
    assert.ok(checkCF('01234567897'));
    assert.ok(!checkCF('0123456789'));
  });

  test('u:checkPIVAseIT, u:checkPIVA and u:addPIVA (Italian VAT number)', () => {
    assert.equal(addPIVA('01234567897', 0), 50);
    assert.equal(checkPIVA('01234567897'), 0);
    assert.equal(checkPIVA('01234567898'), 1);
    assert.equal(checkPIVA('x'), 1);
    assert.ok(checkPIVAseIT('IT01234567897'));
    assert.ok(!checkPIVAseIT('IT01234567898'));
    assert.ok(!checkPIVAseIT('IT0123456789'));
    assert.ok(checkPIVAseIT('BE0999000129'), 'other countries pass');
  });

  test('u:abn (Australian Business Number)', () => {
    assert.ok(abn('51824753556'));
    assert.ok(!abn('51824753557'));
    assert.ok(!abn('5182475355'));
  });

  test('u:TinVerification (Greek tax number)', () => {
    assert.ok(TinVerification('094019245'));
    assert.ok(!TinVerification('094019246'));
    assert.ok(!TinVerification('09401924'));
  });

  test('u:checkSEOrgnr (Swedish organisation number, Luhn)', () => {
    assert.ok(checkSEOrgnr('5560360793'));
    assert.ok(!checkSEOrgnr('5560360794'));
    assert.ok(!checkSEOrgnr('556036-0793'));
  });

  test('registered with fontoxpath, they answer inside XPath as the rules call them', () => {
    registerPeppolFunctions();
    const options = { namespaceResolver: (p: string | null) => (p === 'u' ? utilsNamespace : null) };
    const xpath = (q: string): boolean => evaluateXPathToBoolean(q, null, null, null, options);
    assert.ok(xpath("u:mod97-0208(normalize-space(' 0999000129 '))"));
    assert.ok(!xpath("u:mod97-0208('0999000128')"));
    assert.ok(xpath('u:slack(xs:decimal(10), 10.01, 0.02)'));
    assert.ok(!xpath('u:slack(10, 10.05, 0.02)'));
    assert.ok(xpath("u:gln('4006381333931') and u:mod11('974760673') and u:abn('51824753556')"));
    assert.ok(xpath("u:checkSEOrgnr('5560360793') and u:TinVerification('094019245')"));
    assert.ok(xpath("u:checkPIVAseIT('IT01234567897') and u:checkCF('RSSMRA85T10A562S')"));
    assert.ok(xpath("u:checkCodiceIPA('UFY9MH') and u:checkCF16('RSSMRA85T10A562S')"));
    assert.equal(evaluateXPathToNumber("u:checkPIVA('01234567898')", null, null, null, options), 1);
    assert.equal(evaluateXPathToNumber("u:addPIVA('01234567897', 0)", null, null, null, options), 50);
  });
});
