/**
 * The UI dictionary in use. Indonesian is the only language today; when a second one is
 * added, this is the one place that picks it.
 */
import { id, type Dictionary } from './id.ts';

/** Interface text, e.g. `t.nav.skip`. */
export const t: Dictionary = id;
