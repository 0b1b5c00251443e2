/**
 * What a reader needs before downloading a file: its type and its size. Sizes are read at
 * build time from the file under `public/` (`publicDir()`, content-dir.ts) for a local path such
 * as `/berkas/paparan.pdf`;
 * a file on another site has no size we could know without fetching it, so it shows its
 * type only. A local attachment path with no file behind it is refused by the content check
 * (`missingAttachments()` in content-rules.ts).
 */
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { publicDir as buildPublicDir } from './content-dir.ts';

/** The type shown to readers: the editor's `format`, else the file extension ("PDF"). */
export function fileType(path: string, format?: string | undefined): string | undefined {
  if (format) return format;
  const ext = extname(new URL(path, 'https://x.invalid').pathname).slice(1);
  return ext ? ext.toUpperCase() : undefined;
}

/** Bytes as readers read them, in Indonesian: "850 B", "12 kB", "1,4 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString('id-ID', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** Size in bytes of a local file (a path starting with "/"), or undefined for web addresses and missing files. */
export function localFileSize(path: string, publicDir = buildPublicDir()): number | undefined {
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  try {
    const stat = statSync(join(publicDir, decodeURIComponent(path)));
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
