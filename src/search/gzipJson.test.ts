import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parseGzipJson } from './gzipJson.ts';

test('parseGzipJson reads gzipped JSON, and JSON a server has already decoded', async () => {
  const value = { und_1: { facets: { kind: ['plan'] }, date: '2024-05-08' }, 中: '文' };
  const json = JSON.stringify(value);
  const cases: [string, Uint8Array<ArrayBuffer>][] = [
    ['gzipped', new Uint8Array(gzipSync(json))],
    ['plain', new TextEncoder().encode(json)],
  ];
  for (const [name, bytes] of cases) assert.deepEqual(await parseGzipJson(bytes), value, name);
  await assert.rejects(parseGzipJson(new Uint8Array([0x1f, 0x8b, 1, 2])), TypeError, 'a broken gzip stream is an error');
});
