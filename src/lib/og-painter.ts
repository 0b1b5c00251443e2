/**
 * Share cards drawn beside the rendering. Drawing a card costs about 30 ms of CPU, and a site
 * of 2,000 case studies has more than 2,000 of them: drawn one by one as Astro reaches the
 * `/og/…` route, they were half of a build with an empty cache while the second core of the
 * machine waited. Every path of a static build is known before the first page is rendered, so
 * the card route hands its whole list to the build's painter ({@link CardPainter.prepare}),
 * whose drawing threads start at once on the cards not in the cache, from the end of the list.
 * When Astro reaches a card, it takes the PNG a thread wrote into the cache, or draws it itself
 * if no thread has started it; the two meet in the middle and no card is drawn twice.
 *
 * The threads (worker threads, started by `src/integrations/og-cards.ts`) only write to the
 * cache; the PNG is read back from there when Astro asks for it, so no picture waits in memory.
 * Without a painter (`astro dev`, tests of a single card) a card is drawn where it is asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildShared } from './build-shared.ts';
import { ogCacheDir, ogCardKey, ogImage, type OgCard } from './og-image.ts';

/** The running build's painter (set by the integration; the card route is bundled apart from it). */
export const painter = buildShared<CardPainter>('og-painter');

/** A drawing thread: draws one card into the cache, one card at a time. */
export interface CardThread {
  draw(card: OgCard, cacheDir: string): Promise<void>;
  close(): Promise<void>;
}

/** How many cards were drawn, and where. */
export interface PaintCounts {
  /** Cards drawn by the threads. */
  threads: number;
  /** Cards drawn on Astro's thread. */
  here: number;
  /** Cards read from the cache. */
  cached: number;
}

/** One build's cards: drawn by the threads ahead of the build, or by the build when it gets there first. */
export class CardPainter {
  readonly #threadCount: number;
  readonly #spawn: () => CardThread;
  #threads: CardThread[] = [];
  readonly #cacheDir: string;
  /** Cards a thread or this thread has started, by key: done when the PNG is in the cache. */
  readonly #started = new Map<string, Promise<void>>();
  #queue: OgCard[] = [];
  #prepared = false;
  readonly counts: PaintCounts = { threads: 0, here: 0, cached: 0 };

  /** `threads` drawing threads at most, started by `spawn` only when there is a card to draw. */
  constructor(threads: number, spawn: () => CardThread, cacheDir = ogCacheDir()) {
    this.#threadCount = threads;
    this.#spawn = spawn;
    this.#cacheDir = cacheDir;
  }

  #file(card: OgCard): string {
    return join(this.#cacheDir, `${ogCardKey(card)}.png`);
  }

  /**
   * Queue every card that is not in the cache; the threads start on them at once, from the end.
   * No thread is started when every card is in the cache (a warm build), nor more threads than
   * cards. Only the first call counts (a build collects its paths once).
   */
  prepare(cards: readonly OgCard[]): void {
    if (this.#prepared) return;
    this.#prepared = true;
    this.#queue = cards.filter((card) => !existsSync(this.#file(card)));
    this.#threads = Array.from({ length: Math.min(this.#threadCount, this.#queue.length) }, this.#spawn);
    for (const thread of this.#threads) void this.#run(thread);
  }


  async #run(thread: CardThread): Promise<void> {
    for (let card = this.#queue.pop(); card; card = this.#queue.pop()) {
      const key = ogCardKey(card);
      if (this.#started.has(key)) continue;
      const drawn = thread.draw(card, this.#cacheDir).then(() => {
        this.counts.threads++;
      });
      this.#started.set(key, drawn);
      // A failure reaches the build through png(), which awaits this promise; the thread
      // stops taking cards, and the build draws the rest itself.
      if (!(await drawn.then(() => true, () => false))) return;
    }
  }

  /** The PNG of a card: from the cache, from a thread that drew it, or drawn here. */
  async png(card: OgCard): Promise<Buffer> {
    const key = ogCardKey(card);
    const started = this.#started.get(key);
    if (started) {
      await started;
      return readFileSync(this.#file(card));
    }
    const own = ogImage(card, this.#cacheDir);
    const done = own.then(() => {});
    // Its failure is this call's to report (below); a later request for the same card gets it too.
    done.catch(() => {});
    this.#started.set(key, done);
    const { png, cached } = await own;
    this.counts[cached ? 'cached' : 'here']++;
    return png;
  }

  /** Stop the threads (cards still queued are left undrawn: the build asked for all it needs). */
  async close(): Promise<void> {
    this.#queue = [];
    await Promise.all(this.#threads.map((thread) => thread.close()));
  }
}

/** The PNG of a card, through the running build's painter when there is one. */
export function ogPng(card: OgCard): Promise<Buffer> {
  return painter.get()?.png(card) ?? ogImage(card).then(({ png }) => png);
}
