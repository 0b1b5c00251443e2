/**
 * Light and dark themes: the page follows the system setting (CSS `light-dark()` with
 * `color-scheme: light dark`) until the reader presses the theme button, which stores the
 * choice in localStorage. The script runs in `<head>` before anything is painted, so a
 * stored choice never flashes the other theme first.
 *
 * It is injected with `injectScript('head-inline', …)`: Astro's `security.csp` hashes
 * scripts injected at that stage into every page's `script-src` by itself (Astro 7 does not
 * hash `<script is:inline>` written in a component), so no `'unsafe-inline'` is needed.
 * It is the only script content pages carry; a budget test keeps it under 1 KB.
 */
import type { AstroIntegration } from 'astro';

/** localStorage key of the reader's choice. */
export const THEME_STORAGE_KEY = 'ri-theme';

/**
 * The script, written small by hand (it is not bundled). It sets `data-theme` on `<html>`
 * from a stored choice, shows every `[data-theme-toggle]` button (hidden without
 * JavaScript, where it could do nothing) with `aria-pressed` saying whether dark is on,
 * and flips and stores the theme when one is pressed.
 */
export const THEME_SCRIPT = `(()=>{const d=document,r=d.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=matchMedia("(prefers-color-scheme: dark)");let s=null;try{s=localStorage.getItem(k)}catch{}if(s==="light"||s==="dark")r.dataset.theme=s;const dark=()=>r.dataset.theme?r.dataset.theme==="dark":m.matches,sync=()=>{for(const b of d.querySelectorAll("[data-theme-toggle]")){b.hidden=!1;b.setAttribute("aria-pressed",String(dark()))}};d.addEventListener("DOMContentLoaded",sync);m.addEventListener("change",sync);d.addEventListener("click",e=>{const b=e.target instanceof Element&&e.target.closest("[data-theme-toggle]");if(!b)return;const v=dark()?"light":"dark";r.dataset.theme=v;try{localStorage.setItem(k,v)}catch{}sync()})})();`;

/** Puts {@link THEME_SCRIPT} into the `<head>` of every page. */
export function themeIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-theme',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', THEME_SCRIPT);
      },
    },
  };
}
