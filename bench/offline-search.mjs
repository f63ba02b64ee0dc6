// Times the offline edition's search in Chromium from file://, as a reader types (run a build first;
// for scale, build a generated corpus as bench/search-scale.mjs does and pass its `…-offline` folder).
// Prints, per keystroke, the time from the end of the UI's typing pause to the announced results;
// the first query includes loading the language's index script.
// Usage: npm run bench:offline-search -- [dist-offline]
import path from 'node:path';
import { openFolder } from '../tests/lib/browser.mjs';

/** The UI waits this long after a keystroke before it searches (DEBOUNCE_MS in siteSearch.ts). */
const DEBOUNCE_MS = 120;
const TYPING = {
  zh: ['医联', '医联体', '医联体建', '医联体建设'],
  en: ['medical', 'medical c', 'medical con', 'medical consortia'],
};

const folder = await openFolder(path.resolve(process.argv[2] ?? 'dist-offline'));
for (const [lang, queries] of Object.entries(TYPING)) {
  const page = await folder.newPage();
  await page.goto(folder.url(`${lang}/search/index.html`));
  for (const q of queries) {
    const before = await page.locator('.search-status').textContent();
    const started = Date.now();
    await page.locator('#search-q').fill(q);
    await page.waitForFunction(
      (b) => {
        const status = document.querySelector('.search-status')?.textContent;
        return status && status !== b && document.querySelector('.search-results')?.getAttribute('aria-busy') === 'false';
      },
      before,
      { timeout: 60_000 },
    );
    console.log(lang, q.padEnd(20), `${String(Date.now() - started - DEBOUNCE_MS).padStart(6)} ms`, await page.locator('.search-status').textContent());
  }
  if (page.problems.length) console.log('problems:', page.problems);
}
await folder.close();
