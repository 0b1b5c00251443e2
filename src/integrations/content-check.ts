/**
 * Runs the content check (src/lib/content-check.ts, the code behind `npm run periksa`)
 * at the very start of `astro build`, before Astro prints or loads anything. When content
 * is valid, the checked data goes on to the content loader (src/lib/checked-entries.ts), so
 * the build validates each file once. When content
 * has problems the build stops there with the Indonesian report as the first and only
 * thing in the log, so an editor reading a failed pull-request check sees the problem and
 * its fix, not a page of build output. `astro dev` is left running: the preview page shows
 * the same report (see `loadSite()`).
 */
import type { AstroIntegration } from 'astro';
import { handOverCheckedEntries } from '../lib/checked-entries.ts';
import { checkContent } from '../lib/content-check.ts';
import { contentDir } from '../lib/content-dir.ts';
import { formatGithubAnnotations, formatReport } from '../lib/problem-report.ts';

/** Fails `astro build` with the content report when any content file has a problem. */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const { problems, entries } = checkContent({ contentDir: contentDir(), root: process.cwd(), includeDrafts: false });
        if (problems.length === 0) {
          // The loader takes this validated data instead of parsing and validating every file again.
          handOverCheckedEntries(entries);
          return;
        }
        if (process.env['GITHUB_ACTIONS'] === 'true') process.stdout.write(`${formatGithubAnnotations(problems)}\n`);
        process.stderr.write(`\n${formatReport(problems)}\n\nBuild dihentikan karena konten bermasalah.\n`);
        // Exiting here, instead of throwing, keeps Astro's English error frame and stack trace
        // out of the log: the report above is all an editor needs.
        process.exit(1);
      },
    },
  };
}
