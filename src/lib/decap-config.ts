/**
 * The form editor's configuration (`/admin/config.yml`), generated from the schema walk:
 * every Markdown collection and every field, with the dictionary's Indonesian label and
 * the field's doc comment as hint. The schemas stay the one source of truth; this module
 * only decides how each kind of field is edited (Decap's widgets).
 */
import { ROUTE_SEGMENT } from './collections.ts';
import { enumLabels, requireFieldLabel } from './field-labels.ts';
import type { FieldNode, WalkedCollection } from './schema-walk.ts';
import { t } from '../i18n/index.ts';
import { ENTRY_KEY, FORMAT_NAME } from '../admin/frontmatter.ts';

/** A Decap field, as written to config.yml. */
export type DecapField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** Where the CMS saves, and how editors log in. */
export interface DecapBackend {
  /** GitHub repository, `owner/name`. */
  repo: string;
  /** Branch that pull requests target. */
  branch: string;
  /** Address of the OAuth proxy (docs/deploy.md); GitHub's own when absent. */
  baseUrl?: string;
}

/** Everything the generator needs besides the walk. */
export interface DecapOptions {
  fields: Record<WalkedCollection, FieldNode[]>;
  /** The 38 kab/kota (the region table is not a CMS collection; regions become a select). */
  regions: readonly { code: string; name: string }[];
  /** Body of each collection's `_templat.md`, the default of a new entry's body. */
  templates: Partial<Record<WalkedCollection, string>>;
  backend: DecapBackend;
  /** Public address of the site, for "Lihat di situs". */
  siteUrl: string;
}

/** Fields whose text runs to sentences get a multi-line box. */
const LONG_TEXT = new Set(['ringkasan', 'deskripsi', 'catatan', 'adaptasi']);

/** Same rule as `partialDate()` in src/schemas/common.ts. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const URL_PATTERN = '^https?://\\S+$';

/** The field a collection's entries are named by: `judul`, or `nama` for people and topics. */
function identifierOf(fields: readonly FieldNode[]): string {
  const names = fields.map((f) => f.key);
  return names.includes('judul') ? 'judul' : names.includes('nama') ? 'nama' : (names[0] ?? 'judul');
}

/** A Decap widget and its settings. */
type Widget = { widget: string } & Record<string, unknown>;

function widgetFor(collection: WalkedCollection, node: FieldNode, options: DecapOptions): Widget {
  switch (node.kind) {
    case 'text':
      return { widget: LONG_TEXT.has(node.key) ? 'text' : 'string' };
    case 'url':
      return { widget: 'string', pattern: [URL_PATTERN, 'Tulis alamat web lengkap yang diawali http:// atau https://.'] };
    case 'number':
      return {
        widget: 'number',
        value_type: node.integer ? 'int' : 'float',
        ...(node.min !== undefined ? { min: node.min } : {}),
        ...(node.max !== undefined ? { max: node.max } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'DD-MM-YYYY',
        time_format: false,
        picker_utc: true,
        // A required date starts as today (`{{now}}`); an optional one starts empty.
        default: node.required ? '{{now}}' : '',
      };
    case 'partial-date':
      return { widget: 'string', pattern: [PARTIAL_DATE_PATTERN, t.admin.partialDatePattern] };
    case 'enum': {
      const labels = enumLabels(node.values ?? []);
      return { widget: 'select', options: (node.values ?? []).map((value) => ({ label: labels[value] ?? value, value })) };
    }
    case 'reference': {
      if (node.collection === 'wilayah') {
        return {
          widget: 'select',
          // Numbers, as editors and the templates write BPS codes (`kabupaten_kota: 3578`).
          options: options.regions.map((r) => ({ label: t.admin.region(r.name, r.code), value: Number(r.code) })),
        };
      }
      const target = node.collection as WalkedCollection;
      const display = identifierOf(options.fields[target]);
      return {
        widget: 'relation',
        collection: target,
        value_field: '{{slug}}',
        search_fields: [display],
        display_fields: [display],
        options_length: 100,
      };
    }
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'object': {
      // Decap checks required subfields even when an optional object is left out, and would
      // refuse to save any entry without one; the schema still checks them when it is filled.
      const fields = (node.fields ?? []).map((f) => decapField(collection, f, options));
      return {
        widget: 'object',
        collapsed: !node.required,
        fields: node.required
          ? fields
          : fields.map((f) => ({ ...f, required: false, ...(f.widget === 'datetime' ? { default: '' } : {}) })),
      };
    }
    case 'list':
      return listWidget(collection, node, options);
  }
}

function listWidget(collection: WalkedCollection, node: FieldNode, options: DecapOptions): Widget {
  const item = node.item as FieldNode;
  const bounds = {
    ...(node.min !== undefined ? { min: node.min } : {}),
    ...(node.max !== undefined ? { max: node.max } : {}),
  };
  // Lists of choices are one multi-select (enum) or one multi-relation (references).
  if (item.kind === 'enum' || item.kind === 'reference') {
    return { ...widgetFor(collection, item, options), multiple: true, ...bounds };
  }
  if (item.kind === 'object') {
    const fields = (item.fields ?? []).map((f) => decapField(collection, f, options));
    const first = fields.find((f) => f.widget === 'string' || f.widget === 'select');
    return {
      widget: 'list',
      // Without it Decap starts the list with one item whenever a subfield has a default.
      default: [],
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      fields,
      ...bounds,
    };
  }
  const label = requireFieldLabel(collection, node);
  return {
    widget: 'list',
    field: { name: node.key, label, ...widgetFor(collection, item, options) },
    ...bounds,
  };
}

/** One schema field as a Decap field. */
export function decapField(collection: WalkedCollection, node: FieldNode, options: DecapOptions): DecapField {
  const widget = widgetFor(collection, node, options);
  const hasDefault = node.default !== undefined && !(Array.isArray(node.default) && node.default.length === 0);
  return {
    name: node.key,
    label: requireFieldLabel(collection, node),
    ...widget,
    required: node.required,
    ...(node.doc ? { hint: node.doc } : {}),
    ...(hasDefault && !('default' in widget) ? { default: node.default } : {}),
  };
}

/** The whole config.yml content, as an object. */
export function decapConfig(options: DecapOptions): Record<string, unknown> {
  const collections = (Object.keys(options.fields) as WalkedCollection[]).map((collection) => {
    const nodes = options.fields[collection];
    const identifier = identifierOf(nodes);
    const template = options.templates[collection];
    return {
      name: collection,
      label: t.collection[collection],
      label_singular: t.admin.singular[collection],
      description: t.collectionIntro[collection],
      folder: `content/${collection}`,
      extension: 'md',
      format: FORMAT_NAME,
      create: true,
      slug: '{{slug}}',
      identifier_field: identifier,
      summary: `{{${identifier}}}`,
      // Templates (`_templat.md`) are not entries; the format marks every real entry.
      filter: { field: ENTRY_KEY, value: true },
      preview_path: `${ROUTE_SEGMENT[collection]}/{{slug}}/`,
      // Images sit next to the Markdown file; the format writes them as astro:assets reads them
      // (`./gambar.jpg`, see withRelativeImages in src/admin/frontmatter.ts).
      media_folder: '',
      public_folder: '',
      fields: [
        ...nodes.map((node) => decapField(collection, node, options)),
        {
          name: 'body',
          label: t.formField.body,
          widget: 'markdown',
          // Raw Markdown first: the rich-text mode rewrites Markdown it did not write.
          modes: ['raw', 'rich_text'],
          required: false,
          ...(template ? { default: template } : {}),
        },
      ],
    };
  });
  return {
    locale: 'id',
    backend: {
      name: 'github',
      repo: options.backend.repo,
      branch: options.backend.branch,
      ...(options.backend.baseUrl ? { base_url: options.backend.baseUrl } : {}),
      commit_messages: {
        create: 'Tambah {{collection}} "{{slug}}"',
        update: 'Ubah {{collection}} "{{slug}}"',
        delete: 'Hapus {{collection}} "{{slug}}"',
        uploadMedia: 'Unggah "{{path}}"',
        deleteMedia: 'Hapus "{{path}}"',
        openAuthoring: '{{message}}',
      },
    },
    // Every new or changed entry becomes its own branch and pull request.
    publish_mode: 'editorial_workflow',
    // On localhost only: `npx decap-server` stands in for GitHub (main.ts sets its address).
    local_backend: true,
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: 'public/berkas',
    public_folder: '/berkas',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
