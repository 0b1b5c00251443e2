/**
 * Where the site's source lives, for the "Sunting halaman ini" and "Laporkan kesalahan"
 * links on every content page. The address is set in one place, `repository.url` in
 * package.json; a build in GitHub Actions uses the repository it runs in instead
 * (`GITHUB_SERVER_URL`/`GITHUB_REPOSITORY`), and `REPOSITORY_URL` overrides both.
 */
import pkg from '../../package.json' with { type: 'json' };

/** A GitHub repository and the branch editors propose changes against. */
export interface Repository {
  /** e.g. `https://github.com/pemilik/rumah-inovasi`, without a trailing slash. */
  url: string;
  branch: string;
}

/** The address in package.json, as `https://github.com/owner/name`. */
export function packageRepositoryUrl(field: unknown = (pkg as { repository?: unknown }).repository): string {
  const raw = typeof field === 'string' ? field : (field as { url?: string } | undefined)?.url;
  if (!raw) throw new Error('package.json tidak memuat "repository": isi alamat repositori GitHub situs ini di sana.');
  return raw
    .replace(/^git\+/, '')
    .replace(/^github:/, 'https://github.com/')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}

/** The repository for this build, from the environment or package.json. */
export function repository(env: Record<string, string | undefined> = process.env): Repository {
  const fromActions =
    env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY'] ? `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}` : undefined;
  return {
    url: (env['REPOSITORY_URL'] ?? fromActions ?? packageRepositoryUrl()).replace(/\/$/, ''),
    branch: env['REPOSITORY_BRANCH'] ?? 'main',
  };
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** Opens the file in GitHub's web editor (which offers a fork and pull request to outsiders). */
export function editUrl(repo: Repository, filePath: string): string {
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${encodePath(filePath)}`;
}

/**
 * A new issue from the "Laporkan kesalahan" form, pre-filled with the page's title, address
 * and file (GitHub fills issue-form fields from query parameters named by their `id`).
 */
export function reportUrl(repo: Repository, page: { title: string; url: string; filePath: string }): string {
  const params = new URLSearchParams({
    template: 'laporkan-kesalahan.yml',
    title: `Kesalahan di "${page.title}"`,
    halaman: page.url,
    berkas: page.filePath,
  });
  return `${repo.url}/issues/new?${params.toString()}`;
}
