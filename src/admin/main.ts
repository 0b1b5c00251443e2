/**
 * The form editor's page script (bundled to /admin/main.js at build time). It loads the
 * self-hosted Decap CMS next to it, gives it the Indonesian interface and the
 * style-keeping frontmatter format, and starts it with /admin/config.yml.
 */
import { parse } from 'yaml';
import { FORMAT_NAME, fromFile, toFile, withRelativeImages } from './frontmatter.ts';
import { id } from './locale-id.ts';

/** The part of Decap's global `CMS` object this page uses. */
interface DecapCms {
  registerLocale(name: string, phrases: object): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile: typeof fromFile; toFile: typeof toFile },
  ): void;
  init(options?: { config?: object }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** Hosts where Decap looks for `npm run penyunting` (decap-server), through this page's own origin. */
const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

interface ConfigField {
  name: string;
  widget?: string;
  fields?: ConfigField[];
  field?: ConfigField;
}

/** Every field's dotted name, nested ones included, as Decap names them (`hasil.indikator`). */
function fieldNames(fields: readonly ConfigField[], prefix = '', only?: string): string[] {
  return fields.flatMap((f) => [
    ...(only === undefined || f.widget === only ? [`${prefix}${f.name}`] : []),
    ...fieldNames(f.fields ?? (f.field ? [f.field] : []), `${prefix}${f.name}.`, only),
  ]);
}

async function start(): Promise<void> {
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS tidak termuat.');
  cms.registerLocale('id', id);
  // Decap hands a format only the top-level field order; nested order comes from the config,
  // so a new list item's keys follow the form too.
  const config = parse(await (await fetch(new URL('config.yml', location.href))).text()) as { collections: { fields: ConfigField[] }[] };
  const collections = config.collections.map((c) => ({
    top: c.fields.map((f) => f.name).join(','),
    order: fieldNames(c.fields),
    images: fieldNames(c.fields, '', 'image'),
  }));
  const find = (sortedKeys: readonly string[] = []) => collections.find((c) => c.top === sortedKeys.join(','));
  cms.registerCustomFormat(FORMAT_NAME, 'md', {
    fromFile,
    toFile: (data, sortedKeys) => {
      const collection = find(sortedKeys);
      return toFile(withRelativeImages(data, collection?.images ?? []), collection?.order ?? sortedKeys);
    },
  });
  const local = LOCAL_HOSTS.includes(location.hostname);
  // With the trailing slash, as the site writes every path (trailingSlash: always).
  cms.init(local ? { config: { local_backend: { url: `${location.origin}/api/v1/` } } } : {});
}

window.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = new URL('decap-cms.js', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href).href;
script.addEventListener('load', () => void start());
document.head.append(script);
