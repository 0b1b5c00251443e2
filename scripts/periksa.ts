/**
 * `npm run periksa`: checks every content file in seconds without building pages, with the
 * same code the build runs (src/lib/content-check.ts). Prints every problem at once with
 * file, line, field and fix; exits 1 when there is any.
 *
 *   npm run periksa              report for people
 *   npm run periksa -- --json    machine-readable report
 *   npm run periksa -- --draf    count drafts as published (as `npm run dev` does)
 *
 * Under GitHub Actions (GITHUB_ACTIONS=true) it also prints `::error` annotations, so each
 * problem shows on the pull request's changed line. CONTENT_DIR picks another content folder.
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { checkContent } from '../src/lib/content-check.ts';
import { formatGithubAnnotations, formatJson, formatReport } from '../src/lib/problem-report.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--json', '--draf'].includes(a));
if (unknown.length > 0) {
  console.error(`Opsi tidak dikenal: ${unknown.join(' ')}. Opsi yang ada: --json, --draf.`);
  process.exit(2);
}

const started = performance.now();
const { problems, entries } = checkContent({
  contentDir: contentDir(),
  root: process.cwd(),
  includeDrafts: args.has('--draf'),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (args.has('--json')) {
  console.log(formatJson(problems));
} else {
  if (process.env['GITHUB_ACTIONS'] === 'true' && problems.length > 0) console.log(formatGithubAnnotations(problems));
  const report = formatReport(problems);
  if (problems.length > 0) console.error(report);
  else console.log(`${report} (${entries.size} berkas diperiksa dalam ${seconds} detik)`);
}
process.exit(problems.length > 0 ? 1 : 0);
