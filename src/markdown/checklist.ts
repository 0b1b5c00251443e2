/**
 * Markdown task lists (`- [ ] langkah`) become printed checklists. GFM emits a disabled
 * checkbox with no label, which fails WCAG (axe "label") and cannot be ticked anyway, so
 * it is replaced by a box glyph hidden from screen readers plus "Belum:"/"Sudah:" in text
 * for them. A Sätteri hast plugin, since Sätteri is Astro 7's Markdown processor.
 */
import { defineHastPlugin } from 'satteri';

/** The hast that stands in for a task-list checkbox. */
export function checkboxReplacement(checked: boolean) {
  return {
    type: 'element' as const,
    tagName: 'span',
    properties: { className: ['ri-check'] },
    children: [
      {
        type: 'element' as const,
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text' as const, value: checked ? '☑' : '☐' }],
      },
      {
        type: 'element' as const,
        tagName: 'span',
        properties: { className: ['ri-visually-hidden'] },
        children: [{ type: 'text' as const, value: checked ? 'Sudah: ' : 'Belum: ' }],
      },
    ],
  };
}

/** Sätteri hast plugin replacing every task-list checkbox. */
export const checklistPlugin = defineHastPlugin({
  name: 'rumah-inovasi-checklist',
  element: {
    filter: ['input'],
    visit(node, ctx) {
      if (node.properties['type'] !== 'checkbox') return;
      ctx.replaceNode(node, checkboxReplacement(Boolean(node.properties['checked'])));
    },
  },
});
