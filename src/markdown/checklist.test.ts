import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checklistPlugin } from './checklist.ts';

describe('checklistPlugin', () => {
  it('turns task-list checkboxes into an accessible printed checklist', () => {
    const { html } = markdownToHtml('- [ ] Siapkan SOP\n- [x] Tetapkan Perbup\n', { hastPlugins: [checklistPlugin] });
    expect(html).not.toContain('<input');
    expect(html).toContain('Belum: ');
    expect(html).toContain('Sudah: ');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('Siapkan SOP');
  });
  it('without the plugin, GFM emits unlabeled checkboxes (what the plugin exists for)', () => {
    expect(markdownToHtml('- [ ] Siapkan SOP\n').html).toContain('<input');
  });
});
