/**
 * Puts the form editor at /admin/: a static page with its own Content Security Policy,
 * Decap CMS copied from its npm package (no CDN), the page script bundled from
 * `src/admin/main.ts`, and `config.yml` generated from the schemas. Written after Astro's
 * build (so Astro's CSP, sitemap and Pagefind never see it) and served by `astro dev`
 * from memory, with `/api/v1` passed to a local `npx decap-server`.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import yaml from 'js-yaml';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decapConfig, type DecapBackend } from '../lib/decap-config.ts';
import { regionEntries } from '../lib/csv.ts';
import { schemaDocs, walkAll, WALKED_COLLECTIONS, type WalkedCollection } from '../lib/schema-walk.ts';
import { t } from '../i18n/index.ts';

/**
 * Policy of /admin/ only. Decap evaluates code at run time ('unsafe-eval', also covering
 * its WebAssembly) and styles its React interface with inline <style> ('unsafe-inline').
 * With the GitHub backend it talks to api.github.com and shows avatars and repository
 * images from GitHub; with the local backend every request stays on this origin.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "font-src 'self' data:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The /admin/ page: noindex, its own CSP, one script. */
export function adminHtml(): string {
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(ADMIN_CSP)}">
<title>${t.admin.title}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<script src="main.js" defer></script>
</head>
<body data-pagefind-ignore="all">
<noscript>${t.admin.noScript}</noscript>
</body>
</html>
`;
}

/** Body of a template file (after its frontmatter), without the leading blank line. */
function templateBody(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  return match?.[1]?.replace(/^\s*\n/, '');
}

/** config.yml as text, from the schemas, the region table and the templates in `root/content`. */
export function adminConfigYaml(root: string, site: string, backend: DecapBackend): string {
  const content = join(root, 'content');
  const regions = regionEntries(readFileSync(join(content, 'wilayah', 'jatim-kabkota.csv'), 'utf8')).map((r) => ({
    code: r.id,
    name: r['nama'] ?? r.id,
  }));
  const templates = Object.fromEntries(
    WALKED_COLLECTIONS.map((c) => [c, templateBody(join(content, c, '_templat.md'))]).filter(([, body]) => body),
  ) as Partial<Record<WalkedCollection, string>>;
  const config = decapConfig({ fields: walkAll({ docs: schemaDocs() }), regions, templates, backend, siteUrl: site });
  return `# Dibuat otomatis dari src/schemas/ oleh src/integrations/admin.ts; jangan disunting.\n${yaml.dump(config, { lineWidth: 120, noRefs: true })}`;
}

/** The page script, bundled for the browser. */
export async function adminScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../admin/main.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Decap's prebuilt files: the main bundle, its lazily loaded chunks and WebAssembly. */
export function decapFiles(): { dir: string; files: string[] } {
  const dir = dirname(createRequire(import.meta.url).resolve('decap-cms'));
  const files = readdirSync(dir).filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'));
  return { dir, files };
}

/** Settings of the integration (astro.config.mjs). */
export interface AdminOptions {
  backend: DecapBackend;
  /** Port of `npx decap-server` for `astro dev`. */
  localBackendPort?: number;
}

/** Astro integration for /admin/. */
export function adminIntegration(options: AdminOptions): AstroIntegration {
  let site = '';
  let root = process.cwd();
  return {
    name: 'rumah-inovasi-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base, config.site).href : '';
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        const port = options.localBackendPort ?? 8081;
        const handle = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (path.startsWith('/api/v1')) {
            // Same origin for the editor page; decap-server (npm run penyunting) runs on its own port.
            const upstream = request(
              { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
              (up) => {
                res.writeHead(up.statusCode ?? 502, up.headers);
                up.pipe(res);
              },
            );
            upstream.on('error', () => {
              res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
              res.end(`decap-server tidak berjalan di port ${port}. Jalankan: npm run penyunting`);
            });
            req.pipe(upstream);
            return;
          }
          if (path === '/admin') {
            res.writeHead(301, { Location: '/admin/' }).end();
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          const name = path.slice('/admin/'.length);
          const send = (type: string, body: string | Buffer) => {
            res.writeHead(200, { 'Content-Type': type }).end(body);
          };
          if (name === '' || name === 'index.html') return send('text/html; charset=utf-8', adminHtml());
          if (name === 'config.yml') return send('text/yaml; charset=utf-8', adminConfigYaml(root, site, options.backend));
          if (name === 'main.js') {
            adminScript().then((js) => send('text/javascript', js), next);
            return;
          }
          const decap = decapFiles();
          if (decap.files.includes(name)) {
            return send(name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript', readFileSync(join(decap.dir, name)));
          }
          next();
        };
        server.middlewares.use(handle);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), adminHtml());
        writeFileSync(join(out, 'config.yml'), adminConfigYaml(root, site, options.backend));
        writeFileSync(join(out, 'main.js'), await adminScript());
        const decap = decapFiles();
        for (const file of decap.files) copyFileSync(join(decap.dir, file), join(out, file));
        logger.info(`/admin/: penyunting formulir (Decap CMS, ${decap.files.length} berkas) dan config.yml dari skema.`);
      },
    },
  };
}
