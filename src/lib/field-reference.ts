/**
 * The field reference in CONTRIBUTING.md, generated from the schema walk: one table per
 * collection with each field's path, label, whether it is required, what it takes and
 * its doc comment. `npm run skema` writes it between the markers; a test fails when the
 * file and the schemas disagree.
 */
import { t } from '../i18n/index.ts';
import { enumLabels, requireFieldLabel } from './field-labels.ts';
import { eachNode, type FieldNode, type WalkedCollection } from './schema-walk.ts';

/** Markers around the generated part of CONTRIBUTING.md. */
export const REFERENCE_START = '<!-- referensi-kolom:mulai (dibuat oleh `npm run skema`; jangan disunting) -->';
export const REFERENCE_END = '<!-- referensi-kolom:selesai -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What a field takes, in words an editor knows. */
function takes(node: FieldNode): string {
  switch (node.kind) {
    case 'text':
      return 'teks';
    case 'url':
      return 'alamat web (http/https)';
    case 'number':
      return [
        node.integer ? 'bilangan bulat' : 'angka',
        node.min !== undefined && node.max !== undefined ? `${node.min}–${node.max}` : node.min !== undefined ? `≥ ${node.min}` : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'boolean':
      return '`true` atau `false`';
    case 'date':
      return 'tanggal TTTT-BB-HH';
    case 'partial-date':
      return 'tanggal TTTT, TTTT-BB, atau TTTT-BB-HH';
    case 'enum': {
      const labels = enumLabels(node.values ?? []);
      return `salah satu: ${(node.values ?? []).map((v) => `\`${v}\` (${labels[v] ?? v})`).join(', ')}`;
    }
    case 'reference':
      return node.collection === 'wilayah'
        ? 'kode BPS kabupaten/kota (lihat content/wilayah/jatim-kabkota.csv)'
        : `nama berkas di content/${node.collection}/ (tanpa .md)`;
    case 'image':
      return 'berkas gambar di folder yang sama, misalnya `./sampul.jpg`';
    case 'object':
      return 'kelompok kolom di bawah ini';
    case 'list': {
      const item = node.item as FieldNode;
      const min = node.min !== undefined ? `, minimal ${node.min}` : '';
      return item.kind === 'object' ? `daftar${min}; tiap butir berisi kolom di bawah ini` : `daftar${min}; tiap butir: ${takes(item)}`;
    }
  }
}

/** The reference for every collection, as Markdown. */
export function renderFieldReference(all: Record<WalkedCollection, FieldNode[]>): string {
  const sections = (Object.keys(all) as WalkedCollection[]).map((collection) => {
    const nodes = [...eachNode(all[collection])];
    const byPath = new Map(nodes.map((n) => [n.path, n]));
    /** "wajib", said as precisely as it holds: inside a list item or an optional group. */
    const requiredText = (n: FieldNode): string => {
      const parentPath = n.path.slice(0, Math.max(n.path.lastIndexOf('.'), 0));
      if (!parentPath) return 'wajib';
      if (parentPath.endsWith('[]')) return 'wajib di tiap butir';
      const parent = byPath.get(parentPath);
      return parent && !parent.required ? `wajib jika \`${parentPath}\` diisi` : 'wajib';
    };
    const rows = nodes
      .filter((n) => !n.path.endsWith('[]'))
      .map((n) => {
        const path = n.path;
        const required = n.required
          ? requiredText(n)
          : n.default !== undefined && !(Array.isArray(n.default) && n.default.length === 0)
            ? `bawaan \`${String(n.default)}\``
            : '';
        return `| \`${path}\` | ${cell(requireFieldLabel(collection, n))} | ${required} | ${cell(takes(n))} | ${cell(n.doc ?? '')} |`;
      });
    return [
      `### ${t.collection[collection]} (\`content/${collection}/\`)`,
      '',
      '| kolom | label di formulir | wajib? | isinya | keterangan |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return sections.join('\n\n');
}

/** `text` with the part between the markers replaced; throws when the markers are missing. */
export function replaceBetweenMarkers(text: string, generated: string): string {
  const start = text.indexOf(REFERENCE_START);
  const end = text.indexOf(REFERENCE_END);
  if (start < 0 || end < start) {
    throw new Error(`CONTRIBUTING.md has no field reference markers (${REFERENCE_START} … ${REFERENCE_END}).`);
  }
  return `${text.slice(0, start + REFERENCE_START.length)}\n\n${generated}\n\n${text.slice(end)}`;
}
