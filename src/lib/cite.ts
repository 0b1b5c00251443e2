/**
 * A ready-to-copy citation for a page (APA-like, in Indonesian), so readers who use a
 * case study in a report or proposal cite it the same way.
 */
import { formatDate } from './format.ts';

/** "Rumah Inovasi Jawa Timur. (27 November 2026). Judul. Pemerintah Provinsi Jawa Timur. URL" */
export function citation(page: { title: string; date: Date; url: string; publisher: string }): string {
  return `Rumah Inovasi Jawa Timur. (${formatDate(page.date)}). ${page.title}. ${page.publisher}. ${page.url}`;
}
