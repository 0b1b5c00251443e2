/**
 * Build-only middleware (registered by `pagefind.ts`): hands each rendered HTML page to the
 * running Pagefind session, so the index is built while Astro renders the rest. It never
 * changes a response; without a session (dev, preview) it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { session, sourcePathOf } from './pagefind.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const running = session.get();
  if (running && (response.headers.get('content-type') ?? 'text/html').startsWith('text/html')) {
    const html = await response.clone().text();
    running.add(sourcePathOf(context.url.pathname, import.meta.env.BASE_URL), html);
  }
  return response;
});
