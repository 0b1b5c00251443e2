/** robots.txt pointing crawlers at the sitemap of whatever address the site is built for. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
