import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { adminConfigYaml } from '../integrations/admin.ts';
import { PARTIAL_DATE_PATTERN, type DecapField } from './decap-config.ts';
import { eachNode, schemaDocs, walkAll, WALKED_COLLECTIONS } from './schema-walk.ts';
import { FORMAT_NAME } from '../admin/frontmatter.ts';

/** config.yml exactly as the build writes it, parsed. */
const config = yaml.load(
  adminConfigYaml(process.cwd(), 'https://rumahinovasi.jatimprov.go.id', { repo: 'pemilik/repo', branch: 'main' }),
) as {
  publish_mode: string;
  locale: string;
  backend: { name: string; repo: string };
  collections: { name: string; label: string; label_singular: string; folder: string; format: string; fields: DecapField[] }[];
};
const all = walkAll({ docs: schemaDocs() });
const collection = (name: string) => config.collections.find((c) => c.name === name);

/** Every field path of a Decap field list, in the walk's notation (`a[].b`). */
function decapPaths(fields: readonly DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const nested = f['fields'] as DecapField[] | undefined;
    const item = f['field'] as DecapField | undefined;
    if (f.widget === 'list' && nested) return [path, ...decapPaths(nested, `${path}[].`)];
    if (f.widget === 'list' && item) return [path];
    if (f.widget === 'object' && nested) return [path, ...decapPaths(nested, `${path}.`)];
    return [path];
  });
}

const field = (fields: readonly DecapField[], path: string): DecapField | undefined => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head?.replace('[]', ''));
  if (!found || rest.length === 0) return found;
  return field((found['fields'] as DecapField[]) ?? [], rest.join('.'));
};

describe('form editor configuration', () => {
  it('has exactly the schema fields: none missing, none extra (body aside)', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...WALKED_COLLECTIONS]);
    for (const c of WALKED_COLLECTIONS) {
      const fromSchema = [...eachNode(all[c])]
        .filter((n) => !n.path.endsWith('[]'))
        // A list of plain values or choices is one form field; its items have no own field.
        .map((n) => n.path)
        .sort();
      const fromCms = decapPaths(collection(c)?.fields ?? []).filter((p) => p !== 'body').sort();
      expect(fromCms, c).toEqual(fromSchema);
    }
  });

  it('saves through pull requests with the GitHub backend, in Indonesian, with our format', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'pemilik/repo' });
    expect(config.locale).toBe('id');
    for (const c of config.collections) {
      expect(c.folder).toBe(`content/${c.name}`);
      expect(c.format).toBe(FORMAT_NAME);
    }
  });

  it("names one entry by the collection's own label, overriding only materi", () => {
    const labels = Object.fromEntries(config.collections.map((c) => [c.name, [c.label, c.label_singular]]));
    expect(labels).toEqual({
      'studi-kasus': ['Studi kasus', 'Studi kasus'],
      materi: ['Materi narasumber', 'Materi'],
      panduan: ['Panduan', 'Panduan'],
      acara: ['Acara', 'Acara'],
      orang: ['Narasumber', 'Narasumber'],
      organisasi: ['Organisasi', 'Organisasi'],
      topik: ['Topik', 'Topik'],
    });
  });

  it('turns each kind of schema field into the right widget', () => {
    const fields = collection('studi-kasus')?.fields ?? [];
    expect(field(fields, 'judul')).toMatchObject({ label: 'Judul', widget: 'string', required: true, hint: expect.stringMatching(/Nama inovasi/) });
    expect(field(fields, 'kepanjangan')).toMatchObject({ required: false });
    expect(field(fields, 'tahapan')).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Inisiatif', value: 'inisiatif' },
        { label: 'Uji coba', value: 'uji-coba' },
        { label: 'Penerapan', value: 'penerapan' },
      ],
    });
    expect(field(fields, 'urusan')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(fields, 'lembaga')).toMatchObject({ widget: 'relation', collection: 'organisasi', value_field: '{{slug}}', multiple: true, min: 1 });
    expect(field(fields, 'kabupaten_kota')).toMatchObject({ widget: 'select' });
    expect((field(fields, 'kabupaten_kota')?.['options'] as unknown[]).length).toBe(38);
    expect(field(fields, 'kabupaten_kota')?.['options']).toContainEqual({ label: 'Kota Surabaya (3578)', value: 3578 });
    expect(field(fields, 'tanggal_uji_coba')).toMatchObject({ widget: 'string', pattern: [PARTIAL_DATE_PATTERN, expect.any(String)] });
    expect(field(fields, 'diterbitkan')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(fields, 'penghargaan')).toMatchObject({ widget: 'list', default: [] });
    expect(field(fields, 'penghargaan.kompetisi')).toMatchObject({ widget: 'select', required: true });
    expect(field(fields, 'hasil.dasar')).toMatchObject({ widget: 'select', default: 'klaim-pemda', required: false });
    expect(field(fields, 'sdgs')).toMatchObject({ widget: 'list', field: { widget: 'number', value_type: 'int', min: 1, max: 17 } });
    expect(field(fields, 'sampul')).toMatchObject({ widget: 'object' });
    expect((field(fields, 'sampul')?.['fields'] as DecapField[]).map((f) => [f.name, f.widget])).toEqual([
      ['gambar', 'image'],
      ['alt', 'string'],
      ['kredit', 'string'],
    ]);
    expect(field(fields, 'sumber.url')).toMatchObject({ widget: 'string', pattern: [expect.stringContaining('https?'), expect.any(String)] });
  });

  it('starts a new entry with the headings of its collection template', () => {
    const body = field(collection('studi-kasus')?.fields ?? [], 'body');
    expect(body).toMatchObject({ widget: 'markdown' });
    expect(body?.['default']).toMatch(/^## Latar belakang dan tujuan$/m);
    expect(body?.['default']).toMatch(/^## Strategi keberlanjutan$/m);
  });
});
