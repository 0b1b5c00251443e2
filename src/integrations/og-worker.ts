/**
 * A drawing thread of the share-card painter (src/lib/og-painter.ts): draws each card it is
 * sent into the cache and answers with its id, or with the error. Node runs this file as it
 * is (type stripping), outside the site's bundle.
 */
import { parentPort } from 'node:worker_threads';
import { ogImage, type OgCard } from '../lib/og-image.ts';

export interface DrawRequest {
  id: number;
  card: OgCard;
  cacheDir: string;
}
export interface DrawAnswer {
  id: number;
  error?: string | undefined;
}

parentPort?.on('message', ({ id, card, cacheDir }: DrawRequest) => {
  ogImage(card, cacheDir).then(
    () => parentPort?.postMessage({ id } satisfies DrawAnswer),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies DrawAnswer),
  );
});
