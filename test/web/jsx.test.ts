import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml } from '../../src/web/jsx/html.ts';
import {
  attributesWithAttack, booleanAttributes, dataBlock, listOfItems, nothingAndZero,
  textWithAttack,
} from './jsx-fixtures.tsx';

test('text between tags is escaped by default', () => {
  assert.equal(String(textWithAttack()),
    '<p>Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
});

test('attribute values are escaped and cannot leave their quotes', () => {
  const html = String(attributesWithAttack());
  assert.doesNotMatch(html, /onclick="/);
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /href="\/x&quot; onclick=&quot;evil\(\)"/);
});

test('components, arrays and fragments render; Html is not escaped twice', () => {
  assert.equal(String(listOfItems(['a&b', 'c'])), '<ul><li>a&amp;b</li><li>c</li></ul>');
});

test('boolean attributes, omitted attributes and void elements', () => {
  assert.equal(String(booleanAttributes()), '<input id="x" required>');
  assert.equal(String(nothingAndZero()), '<p>0</p>');
});

test('JSON in a data block cannot close the script element', () => {
  const value = { name: '</script><script>alert(1)</script>&' };
  const html = String(dataBlock(value));
  const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
  assert.doesNotMatch(inner, /<\/script/i);
  assert.deepEqual(JSON.parse(inner), value);
});

test('escapeHtml covers the five special characters', () => {
  assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
});
