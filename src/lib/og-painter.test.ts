import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogCardKey, ogImage, type OgCard } from './og-image.ts';
import { CardPainter, type CardThread } from './og-painter.ts';

const cards: OgCard[] = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam'].map((title) => ({ kind: 'Studi kasus', title, site: 'Rumah Inovasi' }));

/** A thread that draws in this process and notes what it drew. */
function fakeThread(drew: string[], fail?: string): CardThread {
  return {
    draw: async (card, dir) => {
      if (card.title === fail) throw new Error(`tidak bisa menggambar ${card.title}`);
      await ogImage(card, dir);
      drew.push(card.title);
    },
    close: async () => {},
  };
}

describe('CardPainter', () => {
  it('draws every card once: the thread from the end of the list, the build from the start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    const byThread: string[] = [];
    const painter = new CardPainter(1, () => fakeThread(byThread), dir);
    painter.prepare(cards);
    const pngs: Buffer[] = [];
    for (const card of cards) pngs.push(await painter.png(card));
    await painter.close();

    expect(painter.counts.threads + painter.counts.here).toBe(cards.length);
    expect(painter.counts.threads).toBeGreaterThan(0);
    expect(painter.counts.here).toBeGreaterThan(0);
    // The thread took the last cards, last first; the build drew the first ones.
    const titles = cards.map((c) => c.title);
    expect(byThread).toEqual(titles.slice(titles.length - byThread.length).reverse());
    // One file per card, and each PNG is the card's own.
    expect(readdirSync(dir).sort()).toEqual(cards.map((c) => `${ogCardKey(c)}.png`).sort());
    cards.forEach((card, i) => expect(pngs[i]!.equals(readFileSync(join(dir, `${ogCardKey(card)}.png`)))).toBe(true));
  });

  it('queues only the cards the cache lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    await ogImage(cards[0]!, dir);
    await ogImage(cards[5]!, dir);
    const byThread: string[] = [];
    const painter = new CardPainter(1, () => fakeThread(byThread), dir);
    painter.prepare(cards);
    for (const card of cards) await painter.png(card);
    expect(byThread).not.toContain('Satu');
    expect(byThread).not.toContain('Enam');
    expect(painter.counts.cached).toBe(2);
    expect(painter.counts.threads + painter.counts.here).toBe(4);
  });

  it('starts no thread when every card is in the cache, and no more threads than cards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    for (const card of cards.slice(0, 2)) await ogImage(card, dir);
    let spawned = 0;
    const spawn = () => (spawned++, fakeThread([]));
    const warm = new CardPainter(4, spawn, dir);
    warm.prepare(cards.slice(0, 2));
    expect(spawned).toBe(0);
    for (const card of cards.slice(0, 2)) await warm.png(card);
    expect(warm.counts).toEqual({ threads: 0, here: 0, cached: 2 });
    const few = new CardPainter(4, spawn, dir);
    few.prepare(cards.slice(0, 3));
    expect(spawned).toBe(1);
    await few.png(cards[2]!);
  });

  it("a thread's failure fails that card's request, and the build draws the rest itself", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    const painter = new CardPainter(1, () => fakeThread([], 'Enam'), dir);
    painter.prepare(cards);
    for (const card of cards.slice(0, 5)) expect((await painter.png(card)).subarray(1, 4).toString()).toBe('PNG');
    await expect(painter.png(cards[5]!)).rejects.toThrow('tidak bisa menggambar Enam');
    expect(painter.counts).toEqual({ threads: 0, here: 5, cached: 0 });
  });

  it('without threads, the build draws every card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ri-og-'));
    const painter = new CardPainter(0, () => fakeThread([]), dir);
    painter.prepare(cards);
    for (const card of cards) await painter.png(card);
    expect(painter.counts).toEqual({ threads: 0, here: 6, cached: 0 });
    expect(readdirSync(dir)).toHaveLength(6);
  });
});
