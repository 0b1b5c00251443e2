/**
 * The footer of every content page: when it last changed, a link that opens its file in
 * GitHub's editor, and a link that reports a mistake in it. One function so the layout
 * only renders.
 */
import { relative } from 'node:path';
import { contentDir } from './content-dir.ts';
import { gitLastChanged, lastUpdated } from './git-dates.ts';
import { editUrl, reportUrl, repository } from './repository.ts';

/** What the page footer shows. */
export interface PageMeta {
  updated: Date | undefined;
  editUrl: string;
  reportUrl: string;
}

/** Footer data of the entry stored at `filePath` (relative to the project), shown at `pageUrl`. */
export function pageMeta(entry: {
  filePath: string;
  title: string;
  pageUrl: string;
  data: { diperbarui?: Date | undefined; diterbitkan?: Date | undefined };
}): PageMeta {
  const repo = repository();
  const dates = gitLastChanged(relative(process.cwd(), contentDir()) || '.');
  return {
    updated: lastUpdated(entry.filePath, dates, entry.data),
    editUrl: editUrl(repo, entry.filePath),
    reportUrl: reportUrl(repo, { title: entry.title, url: entry.pageUrl, filePath: entry.filePath }),
  };
}
