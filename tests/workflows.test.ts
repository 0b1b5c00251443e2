/**
 * The GitHub setup around a pull request, read as GitHub reads it: the workflows run the
 * commands the README documents (content check first and alone, then the test command;
 * the deploy builds with the build script), the issue forms the page links point at exist
 * with the fields they pre-fill, and the review checklist is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string | string[]; steps: Step[] }>;
}

const load = (path: string) => parse(readFileSync(path, 'utf8')) as Workflow;
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync('README.md', 'utf8');

/** The commands of the README's "Two commands" block, e.g. `npm ci && npm test`. */
const readmeCommands = [...readme.matchAll(/^(npm [^#\n]+?)\s+#/gm)].map((m) => m[1]?.trim() ?? '');

/** Every shell command a job runs, following `bash .ci/run` into the script. */
function commands(steps: Step[]): string[] {
  return steps.flatMap((step) => {
    if (!step.run) return [];
    if (step.run.trim() === 'bash .ci/run') {
      return readFileSync('.ci/run', 'utf8')
        .split('\n')
        .filter((line) => /^npm /.test(line.trim()))
        .map((line) => line.trim());
    }
    return [step.run.trim()];
  });
}

describe('CI workflow', () => {
  const ci = load('.github/workflows/ci.yml');

  it('runs on every pull request', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
  });

  it('checks content first, alone, then runs the README test command after it', () => {
    const test = readmeCommands.find((c) => c.endsWith('npm test'));
    expect(test).toBe('npm ci && npm test');
    const [first, ...rest] = Object.entries(ci.jobs);
    expect(commands(first?.[1].steps ?? [])).toEqual(['npm ci', 'npm run periksa']);
    const later = rest.find(([, job]) => commands(job.steps).includes(test ?? ''));
    expect(later, 'a job runs the README test command').toBeDefined();
    expect([later?.[1].needs].flat()).toContain(first?.[0]);
  });

  it('caches Astro’s image cache', () => {
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    expect(steps.some((s) => s.uses?.startsWith('actions/cache@') && s.with?.['path'] === 'node_modules/.astro')).toBe(true);
  });
});

describe('deploy workflow', () => {
  const deploy = load('.github/workflows/deploy.yml');

  it('publishes on every merge into main and once a week', () => {
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    const schedule = deploy.on['schedule'] as { cron: string }[];
    expect(schedule).toHaveLength(1);
    expect(schedule[0]?.cron.split(' ')[4]).toMatch(/^[0-6]$/);
  });

  it('checks content, builds with the build script and deploys dist/ to GitHub Pages', () => {
    const steps = Object.values(deploy.jobs).flatMap((job) => job.steps);
    expect(commands(steps)).toEqual(['npm ci', 'npm run periksa', 'npm run build']);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it('every npm script the workflows and .ci/run call exists', () => {
    const all = [...Object.values(load('.github/workflows/ci.yml').jobs), ...Object.values(deploy.jobs)].flatMap((j) => commands(j.steps));
    for (const name of all.flatMap((c) => [...c.matchAll(/npm run (\S+)/g)].map((m) => m[1] ?? ''))) {
      expect(scripts[name], `npm run ${name}`).toBeDefined();
    }
  });
});

describe('around the pull request', () => {
  it('the issue form the "Laporkan kesalahan" link opens has the fields it pre-fills', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/laporkan-kesalahan.yml', 'utf8')) as { body: { id?: string }[] };
    const ids = form.body.map((field) => field.id);
    expect(ids).toContain('halaman');
    expect(ids).toContain('berkas');
    expect(existsSync('.github/ISSUE_TEMPLATE/usulkan-inovasi.yml')).toBe(true);
  });

  it('has a review checklist and code owners for content and code', () => {
    expect(readFileSync('.github/PULL_REQUEST_TEMPLATE.md', 'utf8')).toMatch(/- \[ \] .*sumber/);
    const owners = readFileSync('.github/CODEOWNERS', 'utf8');
    expect(owners).toMatch(/^\/content\/\s+@\S+/m);
    expect(owners).toMatch(/^\/src\/\s+@\S+/m);
  });
});
