import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogCardKey, ogImage, type OgCard } from '../lib/og-image.ts';
import { threadCount, workerThread } from './og-cards.ts';

const card: OgCard = { kind: 'Studi kasus', title: 'Layanan Contoh', region: 'Kota Surabaya', year: '2019', site: 'Rumah Inovasi' };

describe('share-card threads', () => {
  it('a worker thread draws into the cache the same PNG as the build would', async () => {
    const [byWorker, here] = [mkdtempSync(join(tmpdir(), 'ri-og-')), mkdtempSync(join(tmpdir(), 'ri-og-'))];
    const thread = workerThread();
    try {
      await thread.draw(card, byWorker);
      // A cache folder that cannot be made (its parent is a file): the error comes back.
      const notAFolder = join(byWorker, 'berkas');
      writeFileSync(notAFolder, '');
      await expect(thread.draw(card, join(notAFolder, 'cache'))).rejects.toThrow(/Kartu berbagi gagal digambar: .*ENOTDIR/);
    } finally {
      await thread.close();
    }
    // A closed thread refuses at once (a build waiting on it would otherwise never end).
    await expect(thread.draw(card, byWorker)).rejects.toThrow(/Thread kartu berbagi (berhenti|sudah ditutup)/);
    const file = `${ogCardKey(card)}.png`;
    expect(readFileSync(join(byWorker, file)).equals((await ogImage(card, here)).png)).toBe(true);
  });

  it('one thread less than the cores (1 to 4), or OG_THREADS', () => {
    expect(threadCount({}, 2)).toBe(1);
    expect(threadCount({}, 1)).toBe(1);
    expect(threadCount({}, 16)).toBe(4);
    expect(threadCount({ OG_THREADS: '0' }, 8)).toBe(0);
    expect(threadCount({ OG_THREADS: '3' }, 2)).toBe(3);
    expect(() => threadCount({ OG_THREADS: 'dua' }, 2)).toThrow('OG_THREADS "dua" bukan jumlah thread yang valid. Tulis bilangan bulat 0 atau lebih');
  });
});
