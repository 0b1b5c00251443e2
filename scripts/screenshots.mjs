// Saves PNG screenshots of every page type, at 360 and 1280 CSS pixels wide, in the light
// and the dark theme, for people to review the design (not a test: nothing is compared).
// Uses an existing build when there is one (dist/, or the folder given), else builds.
// Usage: npm run screenshots [-- dist] → screenshots/<page>-<width>-<theme>.png
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
import { pageTypeSamples } from '../tests/helpers/page-types.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const samples = pageTypeSamples(dist);
const site = await serve(join(process.cwd(), dist));
const browser = await launchBrowser();
try {
  for (const width of [360, 1280]) {
    for (const theme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      for (const [name, path] of Object.entries(samples)) {
        await page.goto(`${site.url}${path}`);
        const file = join(out, `${name}-${width}-${theme === 'light' ? 'terang' : 'gelap'}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
