import { describe, expect, it } from 'vitest';
import { scanBody } from './body-check.ts';

const scan = (body: string, mdx = false) =>
  scanBody(body, { firstLine: 10, mdx, resolveImport: (s) => (s.startsWith('.') ? `src/x/${s}` : undefined) });

describe('scanBody', () => {
  it('collects heading ids as the Markdown processor makes them, and links and images with lines', () => {
    const result = scan('## Latar belakang dan tujuan\n\nLihat [x](/studi-kasus/a/#b) dan ![Foto warga](./a.jpg).\n## Latar belakang dan tujuan\n');
    expect(result.headingIds).toEqual(['latar-belakang-dan-tujuan', 'latar-belakang-dan-tujuan-1']);
    expect(result.links).toEqual([{ line: 12, href: '/studi-kasus/a/#b' }]);
    expect(result.images).toEqual([{ line: 12, src: './a.jpg', alt: 'Foto warga' }]);
    expect(result.problems).toEqual([]);
  });

  it('ignores code blocks and inline code', () => {
    const result = scan('```\n<script>x</script> [a](javascript:x)\n```\n`<iframe>`\n');
    expect(result.problems).toEqual([]);
  });

  it('refuses images without alt text, scripts, frames, styles, handlers and javascript: links', () => {
    const result = scan('![](./a.jpg)\n<img src="b.png">\n<script>x</script>\n<iframe src="x"></iframe>\n<style>p{}</style>\n<a href="/" onclick="x">a</a>\n[k](javascript:alert(1))\n');
    expect(result.problems.map((p) => [p.line, p.message.split(' tidak ')[0]])).toEqual([
      [12, 'Tag <script>'],
      [13, 'Tag <iframe>'],
      [14, 'Tag <style>'],
      [15, 'Atribut onclick pada <a>'],
      [16, 'Tautan "javascript:"'],
      [10, 'Gambar "./a.jpg"'],
      [11, 'Gambar "b.png"'],
    ]);
  });

  it('in MDX allows imports only from the MDX components folder', () => {
    const bad = scan("import X from 'paket-lain';\nimport Y from './y.astro';\n", true);
    expect(bad.problems.map((p) => p.line)).toEqual([10, 11]);
    const good = scanBody("import K from '../../src/components/mdx/K.astro';\n", {
      firstLine: 1,
      mdx: true,
      resolveImport: () => 'src/components/mdx/K.astro',
    });
    expect(good.problems).toEqual([]);
  });
});
