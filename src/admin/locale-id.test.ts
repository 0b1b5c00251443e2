import { describe, expect, it } from 'vitest';
import { id } from './locale-id.ts';

/** Every key path of a nested phrase object. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('Indonesian Decap locale', () => {
  it('has exactly the keys of Decap English locale', async () => {
    // @ts-expect-error plain JavaScript module without types
    const { default: en } = (await import('decap-cms-locales/src/en/index.js')) as { default: object };
    expect(keys(id).sort()).toEqual(keys(en).sort());
  });

  it('keeps every placeholder of the English phrase', async () => {
    // @ts-expect-error plain JavaScript module without types
    const { default: en } = (await import('decap-cms-locales/src/en/index.js')) as { default: object };
    const get = (o: object, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;
    for (const key of keys(en)) {
      const placeholders = (s: string) => (s.match(/%\{\w+\}/g) ?? []).sort();
      expect(placeholders(get(id, key)), key).toEqual(placeholders(get(en, key)));
    }
  });

  it('dates the workflow board in numbers, since the dayjs inside Decap names months in English only', () => {
    const format = id.workflow.workflow.dateFormat;
    expect(format).not.toMatch(/MMM|dd/);
    expect(format).toBe('DD/MM/YYYY');
  });
});
