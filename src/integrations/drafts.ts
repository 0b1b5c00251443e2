/**
 * Decides once, from the Astro command, whether drafts are part of the site: only
 * `astro dev` (the editors' preview) shows them. Tied to the command rather than to
 * NODE_ENV, so a build run with an unusual environment can never publish a draft.
 */
import type { AstroIntegration } from 'astro';

/** Defines `__RI_INCLUDE_DRAFTS__` for the site code. */
export function draftsIntegration(): AstroIntegration {
  return {
    name: 'rumah-inovasi-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __RI_INCLUDE_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
