import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitLastChanged, lastUpdated, parseGitLog } from './git-dates.ts';

describe('parseGitLog', () => {
  it('keeps the newest date of each file (git lists newest first)', () => {
    const out = '\u001e2026-11-30T10:00:00+07:00\n\ncontent/a.md\n\u001e2026-11-01T10:00:00+07:00\n\ncontent/a.md\ncontent/b.md\n';
    const dates = parseGitLog(out);
    expect(dates.get('content/a.md')?.toISOString()).toBe('2026-11-30T03:00:00.000Z');
    expect(dates.get('content/b.md')?.toISOString()).toBe('2026-11-01T03:00:00.000Z');
  });
});

describe('gitLastChanged', () => {
  it('reads every file of a real repository in one pass, relative to the working folder', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ri-git-'));
    const git = (...args: string[]) =>
      spawnSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' },
      });
    git('init', '-q');
    mkdirSync(join(repo, 'content'));
    writeFileSync(join(repo, 'content', 'a.md'), 'a');
    git('add', '.');
    spawnSync('git', ['commit', '-qm', 'a'], { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b', GIT_COMMITTER_DATE: '2026-01-02T00:00:00Z', GIT_AUTHOR_DATE: '2026-01-02T00:00:00Z' } });
    const dates = gitLastChanged('content', repo);
    expect(dates.get('content/a.md')?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });

  it('gives nothing, not an error, outside a repository', () => {
    expect(gitLastChanged('content', mkdtempSync(join(tmpdir(), 'ri-nogit-'))).size).toBe(0);
  });
});

describe('lastUpdated', () => {
  const git = new Map([['content/a.md', new Date('2026-11-30T00:00:00Z')]]);
  const diterbitkan = new Date('2026-01-01T00:00:00Z');
  const diperbarui = new Date('2026-06-01T00:00:00Z');

  it('prefers git, then diperbarui, then diterbitkan', () => {
    expect(lastUpdated('content/a.md', git, { diterbitkan, diperbarui })).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(lastUpdated('content/b.md', git, { diterbitkan, diperbarui })).toEqual(diperbarui);
    expect(lastUpdated('content/b.md', git, { diterbitkan })).toEqual(diterbitkan);
    expect(lastUpdated(undefined, git, {})).toBeUndefined();
  });
});
