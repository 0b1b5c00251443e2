import { describe, expect, it } from 'vitest';
import { editUrl, packageRepositoryUrl, reportUrl, repository } from './repository.ts';

describe('repository', () => {
  it('reads the address set once in package.json, in the forms npm allows', () => {
    expect(packageRepositoryUrl({ url: 'git+https://github.com/a/b.git' })).toBe('https://github.com/a/b');
    expect(packageRepositoryUrl('github:a/b')).toBe('https://github.com/a/b');
    expect(repository({}).url).toBe(packageRepositoryUrl());
  });

  it('uses the repository a GitHub Actions build runs in, and REPOSITORY_URL above all', () => {
    const actions = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'x/y' };
    expect(repository(actions)).toEqual({ url: 'https://github.com/x/y', branch: 'main' });
    expect(repository({ ...actions, REPOSITORY_URL: 'https://github.com/z/w/' }).url).toBe('https://github.com/z/w');
  });

  it('links the file in the web editor and a pre-filled error report', () => {
    const repo = { url: 'https://github.com/x/y', branch: 'main' };
    expect(editUrl(repo, 'content/studi-kasus/baik lo.md')).toBe('https://github.com/x/y/edit/main/content/studi-kasus/baik%20lo.md');
    const report = new URL(reportUrl(repo, { title: 'Baik Lo', url: 'https://situs/studi-kasus/baik-lo/', filePath: 'content/studi-kasus/baik-lo.md' }));
    expect(report.pathname).toBe('/x/y/issues/new');
    expect(Object.fromEntries(report.searchParams)).toEqual({
      template: 'laporkan-kesalahan.yml',
      title: 'Kesalahan di "Baik Lo"',
      halaman: 'https://situs/studi-kasus/baik-lo/',
      berkas: 'content/studi-kasus/baik-lo.md',
    });
  });
});
