// Content rules from the sources: no copied sentences (the shared verbatim check), no phone numbers,
// and none of the known noise of the web captures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONTENT, filesUnder } from '../lib/content.mjs';

const VERBATIM = '../shared/tools/verbatim-check.mjs';

test('no text is copied from the sources (verbatim check)', { skip: !existsSync(VERBATIM) && 'needs ../shared beside the repo' }, () => {
  const run = spawnSync(process.execPath, [VERBATIM, '--allow', 'content/verbatim-allow.txt', 'content'], { encoding: 'utf8' });
  assert.equal(run.status, 0, `verbatim-check found copied runs:\n${run.stdout}${run.stderr}`);
});

const files = filesUnder(CONTENT, ['.mdx', '.yaml', '.txt']);
const read = (f) => readFileSync(f, 'utf8');

/** Mainland mobile numbers (1[3-9]x xxxx xxxx) and landlines with area codes, however they are spaced. */
const PHONE = /(?<!\d)(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]\d{7,8})(?!\d)/;

test('no phone numbers are published', () => {
  for (const f of files) assert.doesNotMatch(read(f), PHONE, `${f} contains a phone number`);
});

/** Fragments of the captures' noise: spam, site chrome, follow and share prompts, mis-encoding leftovers. */
const NOISE = [
  /无码|激情|熟女|超碰|蜜小说|狼友|国产精品|一区二区/, // the spam header of the Zhejiang repost
  /醫藥夢網|医药梦网|先鋒寰宇|先锋寰宇/, // the reposting site
  /分享到|上一篇|下一篇|IE版本|点击上方|关注哦|扫一扫|在手机打开|长者模式|无障碍/, // site chrome and prompts
  /\((?:yī|yào|zhuān|yì|huì|wù)\)/, // pinyin left by the mis-encoding
  /[�]|\?\?/, // replacement characters and lost characters
  /W8 \]\*|\|; x#/, // junk characters of the Hengshui capture
];

test('none of the captures’ noise is published', () => {
  for (const f of files) for (const pattern of NOISE) assert.doesNotMatch(read(f), pattern, `${f} contains noise (${pattern})`);
});
