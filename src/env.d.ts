/** True only under `astro dev`; set by `src/integrations/drafts.ts`. */
declare const __RI_INCLUDE_DRAFTS__: boolean;
