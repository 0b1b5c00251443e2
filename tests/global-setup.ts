/**
 * Builds the fixture corpus once for all build and browser tests, and hands its output
 * folder to them. A failed build stops the run with Astro's own output.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBuildOutput: string;
  }
}

export default function setup(project: TestProject): void {
  const build = buildSite('tests/fixtures/konten');
  if (build.status !== 0) {
    throw new Error(`Build korpus uji gagal (kode ${build.status}):\n${build.output}`);
  }
  project.provide('fixtureDist', build.outDir);
  project.provide('fixtureBuildOutput', build.output);
}
