import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languages, messages, t } from '../../src/web/i18n/index.ts';
import { chooseLanguage, cookieValue, fromAcceptLanguage } from '../../src/web/i18n/negotiate.ts';

test('the four message files have exactly the same keys, none empty', () => {
  const dutch = Object.keys(messages.nl).sort();
  for (const lang of languages) {
    assert.deepEqual(Object.keys(messages[lang]).sort(), dutch, `keys of ${lang}`);
    const empty = Object.entries(messages[lang]).filter(([, text]) => text.trim() === '');
    assert.deepEqual(empty, [], `empty texts in ${lang}`);
  }
});

test('each translation uses the same {placeholders} as the Dutch text', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, dutch] of Object.entries(messages.nl)) {
    for (const lang of languages) {
      const text = messages[lang][key as keyof typeof messages.nl];
      assert.deepEqual(placeholders(text), placeholders(dutch), `${lang} ${key}`);
    }
  }
});

test('t fills in parameters and leaves unknown ones visible', () => {
  assert.equal(t('en', 'product.time.partner', { days: 14 }),
    'Your partner has 14 days to answer.');
  assert.match(t('nl', 'product.time.partner'), /\{days\}/);
});

test('the language: query, then cookie, then Accept-Language, then Dutch', () => {
  const base = { query: undefined, cookie: undefined, acceptLanguage: undefined };
  assert.equal(chooseLanguage(base), 'nl');
  assert.equal(chooseLanguage({ ...base, acceptLanguage: 'de-BE,de;q=0.9' }), 'de');
  assert.equal(chooseLanguage({ ...base, cookie: 'fr', acceptLanguage: 'de' }), 'fr');
  assert.equal(chooseLanguage({ query: 'en', cookie: 'fr', acceptLanguage: 'de' }), 'en');
  assert.equal(chooseLanguage({ ...base, query: 'xx', cookie: 'yy' }), 'nl');
});

test('Accept-Language honours q-values and skips languages we do not have', () => {
  assert.equal(fromAcceptLanguage('es, fr;q=0.5, en;q=0.8'), 'en');
  assert.equal(fromAcceptLanguage('es, it'), undefined);
  assert.equal(fromAcceptLanguage('fr;q=0, nl-BE;q=0.1'), 'nl');
});

test('a cookie is read from the Cookie header; a broken value is ignored', () => {
  assert.equal(cookieValue('a=1; lang=de; b=2', 'lang'), 'de');
  assert.equal(cookieValue('lang=%E0%A4%A', 'lang'), undefined);
  assert.equal(cookieValue(undefined, 'lang'), undefined);
});
