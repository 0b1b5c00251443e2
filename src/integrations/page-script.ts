/**
 * The one script of every content page, inline in `<head>`: the light and dark themes, and
 * the loader of everything else a page can do with JavaScript.
 *
 * Themes: the page follows the system setting (CSS `light-dark()` with `color-scheme: light
 * dark`) until the reader presses the theme button, which stores the choice in localStorage.
 * The script runs before anything is painted, so a stored choice never flashes the other
 * theme first.
 *
 * Loader: the header search (a click, Ctrl/⌘+K or "/"), a citation's copy button, a table's
 * sort button and a page opened from a search result need code; the script imports
 * `src/scripts/enhance.ts` only then, so pages fetch no script file at load (except one opened
 * from a search result, which loads it and calls its `highlight()`). Buttons
 * that need the script are hidden by CSS until it has set `<html data-theme>` (to `light`,
 * `dark`, or empty for the system setting).
 *
 * It is injected with `injectScript('head-inline', …)`: Astro's `security.csp` hashes
 * scripts injected at that stage into every page's `script-src` by itself (Astro 7 does not
 * hash `<script is:inline>` written in a component), so no `'unsafe-inline'` is needed. A
 * budget test keeps it under 1 KB.
 *
 * The enhancement module is built by Vite as an extra entry of the client bundle under a name
 * chosen before the bundle exists, so the script can name it: `ri.<hash>.js`, the hash of every
 * source file it is built from ({@link moduleSources}) and the lockfile, so a changed module is
 * never served from a stale cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';
import { HIGHLIGHT_PARAM } from '../lib/search-params.ts';

/** localStorage key of the reader's choice. */
export const THEME_STORAGE_KEY = 'ri-theme';

/** The enhancement module's source. */
const ENTRY = fileURLToPath(new URL('../scripts/enhance.ts', import.meta.url));

/**
 * The script's source, readable; {@link pageScript} minifies it. It sets `data-theme` on
 * `<html>` from a stored choice and `data-js` (CSS then shows the buttons that need a
 * script); keeps every `[data-theme-toggle]`'s `aria-pressed` saying whether dark is on and
 * flips and stores the theme when one is pressed; and hands the other interactions to the
 * enhancement module at `MODULE`, preventing the default at once where the module takes over
 * (the search link, Ctrl/⌘+K, "/").
 */
const SOURCE = `
const doc = document, root = doc.documentElement, media = matchMedia('(prefers-color-scheme: dark)');
const on = (type, listener) => doc.addEventListener(type, listener);
const enhance = (use) => import(MODULE).then(use);
const store = (use) => { try { return use(localStorage); } catch {} };
root.dataset.theme = store((s) => s.getItem(KEY)) || '';
const dark = () => (root.dataset.theme ? root.dataset.theme == 'dark' : media.matches);
const sync = () => { for (const b of doc.querySelectorAll('[data-theme-toggle]')) b.ariaPressed = dark(); };
on('DOMContentLoaded', () => {
  sync();
  if (location.search.includes(HIGHLIGHT + '=')) enhance((m) => m.highlight());
});
media.onchange = sync;
// A click with a modifier key keeps the browser's meaning (a link in a new tab, say).
on('click', (event) => {
  const near = (selector) => event.target.closest?.(selector), use = near('[data-copy],[data-sort-column],[data-ri-search-open]');
  if (near('[data-theme-toggle]')) {
    root.dataset.theme = dark() ? 'light' : 'dark';
    store((s) => s.setItem(KEY, root.dataset.theme));
    sync();
  } else if (use && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
    event.preventDefault();
    enhance((m) => m.activate(use));
  }
});
// Ctrl/⌘+K anywhere, or "/" outside a text field, opens the search.
on('keydown', (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (mod ? /^k$/i.test(event.key) : event.key == '/' && !event.target.matches('input,textarea,select,[contenteditable]')) {
    event.preventDefault();
    enhance((m) => m.openSearch());
  }
});
`;

/** The page script, minified, given the enhancement module's URL. */
export function pageScript(moduleUrl: string): string {
  const { code } = transformSync(`(() => {${SOURCE}})();`, {
    minify: true,
    target: 'es2022',
    define: { MODULE: JSON.stringify(moduleUrl), KEY: JSON.stringify(THEME_STORAGE_KEY), HIGHLIGHT: JSON.stringify(HIGHLIGHT_PARAM) },
  });
  return code.trim();
}

/**
 * Every source file the enhancement module is built from: the entry and, transitively, each
 * file it imports by a relative path (statically or dynamically; library modules and
 * stylesheets included), sorted. A change in any of them must change the module's name.
 */
export function moduleSources(entry = ENTRY): string[] {
  const found = new Set<string>([entry]);
  for (const file of found) {
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g)) {
      found.add(resolve(dirname(file), specifier as string));
    }
  }
  return [...found].sort();
}

/** A short hash of the enhancement module's sources (and locked dependencies), for its file name. */
function sourceVersion(): string {
  const hash = createHash('sha256');
  for (const file of moduleSources()) hash.update(readFileSync(file));
  hash.update(readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
  return hash.digest('hex').slice(0, 8);
}

/** Puts {@link pageScript} into the `<head>` of every page and builds the module it loads. */
export function pageScriptIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-page-script',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript, updateConfig }) => {
        const base = config.base.replace(/\/?$/, '/');
        const fileName = `${config.build.assets}/ri.${sourceVersion()}.js`;
        injectScript('head-inline', pageScript(command === 'dev' ? `${base}src/scripts/enhance.ts` : `${base}${fileName}`));
        // Vite builds the module as one more entry of the browser bundle, under that name.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rumah-inovasi-enhance-entry',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                buildStart() {
                  this.emitFile({ type: 'chunk', id: ENTRY, fileName });
                },
              },
            ],
          },
        });
      },
    },
  };
}
