import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOverCheckedEntries, takeCheckedData } from './checked-entries.ts';
import type { CheckedEntry } from './content-check.ts';

function entryFor(path: string, data: unknown, hasImage = false): CheckedEntry {
  const stat = statSync(path);
  return { collection: 'studi-kasus', id: 'x', path, data, hasImage, size: stat.size, mtimeMs: stat.mtimeMs };
}

describe('hand-over of checked entries to the loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ri-checked-'));
  const file = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, '---\njudul: A\n---\n');
    return path;
  };

  it('gives the validated data of an unchanged file, once', () => {
    const path = file('a.md');
    handOverCheckedEntries(new Map([[path, entryFor(path, { judul: 'A' })]]));
    expect(takeCheckedData(path)).toEqual({ data: { judul: 'A' } });
    expect(takeCheckedData(path)).toBeUndefined();
  });

  it('refuses a file changed since the check, and an entry with a cover image', () => {
    const changed = file('b.md');
    const cover = file('c.md');
    handOverCheckedEntries(new Map([
      [changed, entryFor(changed, { judul: 'B' })],
      [cover, entryFor(cover, { judul: 'C' }, true)],
    ]));
    utimesSync(changed, new Date(), new Date(Date.now() + 5_000));
    expect(takeCheckedData(changed)).toBeUndefined();
    expect(takeCheckedData(cover)).toBeUndefined();
    expect(takeCheckedData(join(dir, 'never-checked.md'))).toBeUndefined();
  });
});
