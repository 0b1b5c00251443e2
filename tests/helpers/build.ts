/**
 * Runs a real `astro build` of a given corpus into a given folder, with the same Node
 * that runs the tests, and returns its exit code and combined output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The build date of every fixture build (and of `fixtureGraph()`). */
export const FIXTURE_BUILD_DATE = '2026-11-27';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment for an Astro child process: the test runner's own variables (VITEST,
 * NODE_ENV=test, …) removed, since Astro changes its behaviour under them.
 */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Build the site from `contentDir` into `outDir` (a fresh temporary folder by default). */
export function buildSite(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'ri-dist-'))): BuildResult {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: astroEnv({
      CONTENT_DIR: resolve(contentDir),
      PUBLIC_DIR: fixturePublicDir(),
      // Statuses are judged against this date, so the fixture site is the same any day.
      RI_BUILD_DATE: FIXTURE_BUILD_DATE,
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ri-cache-')),
    }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Colour codes (CI may force them) would split the words tests look for.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}

/** {@link buildSite} without blocking; `extra` adds environment variables (e.g. `RI_BASE`). */
export function buildSiteAsync(
  contentDir: string,
  outDir = mkdtempSync(join(tmpdir(), 'ri-dist-')),
  extra: Record<string, string> = {},
): Promise<BuildResult> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: astroEnv({
      CONTENT_DIR: resolve(contentDir),
      PUBLIC_DIR: fixturePublicDir(),
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ri-cache-')),
      RI_BUILD_DATE: FIXTURE_BUILD_DATE,
      ...extra,
    }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => {
    child.on('close', (status) => done({ status, output: stripVTControlCharacters(output), outDir }));
  });
}

/**
 * The static files of a fixture build (PUBLIC_DIR): the site's own `public/` with
 * `tests/fixtures/public/` over it, the files the fixture corpus links (its attachment
 * `/berkas/contoh.pdf`), so every link of the fixture site resolves without test files
 * in the real site's `public/`. Every fixture build and check uses it (a superset of
 * `public/`, so a build of the real content is unaffected): the content check refuses an
 * attachment whose file is missing.
 */
export function fixturePublicDir(): string {
  if (publicCopy) return publicCopy;
  publicCopy = mkdtempSync(join(tmpdir(), 'ri-public-'));
  cpSync('public', publicCopy, { recursive: true });
  cpSync('tests/fixtures/public', publicCopy, { recursive: true });
  return publicCopy;
}
/** Made once per test process. */
let publicCopy: string | undefined;

/** A writable copy of the fixture corpus, to break on purpose. */
export function copyFixtureCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ri-konten-'));
  cpSync('tests/fixtures/konten', dir, { recursive: true });
  return dir;
}
