import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languages } from '../../src/web/i18n/index.ts';
import { html, type Server, withAppAndServer } from './support.ts';

let server: Server;
withAppAndServer((_app, s) => { server = s; });

type Entry = Record<string, unknown>;
const required = ['dct:title', 'dct:description', 'm8g:hasRequirement', 'cpsv:follows',
  'm8g:hasCost', 'm8g:hasLegalResource', 'm8g:hasCompetentAuthority'];

function tagsOf(values: unknown): string[] {
  assert.ok(Array.isArray(values));
  return values.map((v: { '@language': string }) => v['@language']).sort();
}

test('the page holds the catalogue entry as JSON-LD, the same as /product.jsonld', async () => {
  const page = html((await server.inject({ url: '/' })).body);
  const block = page.querySelector('script[type="application/ld+json"]');
  const inPage = JSON.parse(block?.textContent ?? '') as Entry;
  const response = await server.inject({ url: '/product.jsonld' });
  assert.match(String(response.headers['content-type']), /^application\/ld\+json/);
  assert.deepEqual(response.json(), inPage);
});

test('the entry has the catalogue\'s fields, each text in four languages', async () => {
  const entry = (await server.inject({ url: '/product.jsonld' })).json() as Entry;
  assert.equal(entry['@type'], 'cpsv:PublicService');
  assert.ok(entry['@context']);
  for (const field of required) assert.ok(entry[field], field);
  assert.deepEqual(tagsOf(entry['dct:title']), [...languages].sort());
  assert.deepEqual(tagsOf(entry['dct:description']), [...languages].sort());
  const law = entry['m8g:hasLegalResource'] as Entry[];
  assert.match(JSON.stringify(law), /1476/);
});

test('costs and competent authorities come from the municipalities', async () => {
  const entry = (await server.inject({ url: '/product.jsonld' })).json() as Entry;
  const authorities = entry['m8g:hasCompetentAuthority'] as Entry[];
  assert.equal(authorities.length, 5);
  const ghent = authorities.find((a) => JSON.stringify(a['skos:prefLabel']).includes('Gand'));
  assert.ok(ghent);
  const costs = entry['m8g:hasCost'] as Entry[];
  const ghentCosts = costs.filter((c) =>
    (c['m8g:isDefinedBy'] as Entry | undefined)?.['@id'] === ghent['@id']);
  assert.deepEqual(ghentCosts.map((c) => c['m8g:value']).sort(), ['0.00', '275.00']);
});
