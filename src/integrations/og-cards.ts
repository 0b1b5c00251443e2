/**
 * Starts the share-card painter of a build (src/lib/og-painter.ts): its drawing threads draw
 * the cards an empty cache lacks while Astro renders the pages, on the cores Astro's one
 * rendering thread leaves idle. `OG_THREADS` sets how many (default: one less than the
 * machine's cores, at least 1, at most 4); `OG_THREADS=0` draws every card on Astro's thread,
 * as the route does without a painter (`astro dev`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { CardPainter, painter, type CardThread } from '../lib/og-painter.ts';
import type { DrawAnswer, DrawRequest } from './og-worker.ts';

/** How many drawing threads a build starts. */
export function threadCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const set = env['OG_THREADS'];
  if (set !== undefined && set !== '') {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0) throw new Error(`OG_THREADS "${set}" bukan jumlah thread yang valid. Tulis bilangan bulat 0 atau lebih (0: semua kartu digambar di thread Astro), atau kosongkan untuk memakai bawaannya.`);
    return n;
  }
  return Math.min(4, Math.max(1, cores - 1));
}

/** A worker thread that draws one card at a time into the cache. */
export function workerThread(): CardThread {
  const worker = new Worker(new URL('./og-worker.ts', import.meta.url));
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  /** Why the thread can draw no more, once it failed or stopped. */
  let dead: Error | undefined;
  // Held open only while a card is being drawn: an idle thread never keeps a process alive (a
  // failed build exits without closing it), and a busy one keeps the build from exiting early.
  worker.unref();
  const settle = (id: number, error?: Error) => {
    const call = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    if (error) call?.reject(error);
    else call?.resolve();
  };
  const failAll = (error: Error) => {
    dead ??= error;
    for (const id of [...waiting.keys()]) settle(id, error);
  };
  worker.on('message', ({ id, error }: DrawAnswer) => settle(id, error ? new Error(`Kartu berbagi gagal digambar: ${error}`) : undefined));
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`Thread kartu berbagi berhenti (kode ${code}).`)));
  return {
    draw: (card, cacheDir) =>
      new Promise((resolve, reject) => {
        if (dead) return reject(dead);
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, card, cacheDir } satisfies DrawRequest);
      }),
    close: async () => {
      await worker.terminate();
      failAll(new Error('Thread kartu berbagi sudah ditutup.'));
    },
  };
}

/** Astro integration: one painter per build, its threads stopped when the build is done. */
export function ogCardsIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-og-cards',
    hooks: {
      'astro:build:start': () => {
        painter.set(new CardPainter(threadCount(), workerThread));
      },
      'astro:build:done': async ({ logger }) => {
        const running = painter.get();
        painter.set(undefined);
        if (!running) return;
        await running.close();
        const { threads, here, cached } = running.counts;
        logger.info(`Kartu berbagi: ${threads + here} digambar (${threads} oleh thread lain), ${cached} dari cache.`);
      },
    },
  };
}
