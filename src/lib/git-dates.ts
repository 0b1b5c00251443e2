/**
 * "Terakhir diperbarui" from git history: the date of the newest commit that touched each
 * content file, read for all files in one `git log` pass per build (not one process per
 * page), falling back to the entry's own `diperbarui` / `diterbitkan` when the file has no
 * history (not committed yet, a shallow clone, or no git at all).
 */
import { spawnSync } from 'node:child_process';

const RECORD = '\u001e';

/**
 * Newest commit date per file from the output of
 * `git log --format=%x1e%cI --name-only`: commits come newest first, so the first date
 * seen for a path is its last change.
 */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split(RECORD)) {
    const [dateLine, ...files] = record.split('\n');
    const date = new Date((dateLine ?? '').trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

let cache: { key: string; dates: Map<string, Date> } | undefined;

/** Last-change dates of every file under `dir`, keyed by path relative to `cwd` ("content/…"). */
export function gitLastChanged(dir: string, cwd: string = process.cwd()): Map<string, Date> {
  const key = `${cwd}\0${dir}`;
  if (cache?.key === key) return cache.dates;
  const result = spawnSync('git', ['log', '--format=%x1e%cI', '--name-only', '--relative', '--', dir], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const dates = result.status === 0 ? parseGitLog(result.stdout) : new Map<string, Date>();
  cache = { key, dates };
  return dates;
}

/** The date to show as "Terakhir diperbarui": git's, else the entry's own dates. */
export function lastUpdated(
  filePath: string | undefined,
  gitDates: ReadonlyMap<string, Date>,
  fallback: { diperbarui?: Date | undefined; diterbitkan?: Date | undefined },
): Date | undefined {
  return (filePath ? gitDates.get(filePath) : undefined) ?? fallback.diperbarui ?? fallback.diterbitkan;
}
