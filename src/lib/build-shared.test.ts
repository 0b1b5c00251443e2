import { describe, expect, it } from 'vitest';
import { buildShared } from './build-shared.ts';

describe('buildShared', () => {
  it('two slots of the same name are one value; other names are apart', () => {
    const a = buildShared<{ n: number }>('test-slot');
    const b = buildShared<{ n: number }>('test-slot');
    const other = buildShared<{ n: number }>('test-other');
    const value = { n: 1 };
    a.set(value);
    expect(b.get()).toBe(value);
    expect(other.get()).toBeUndefined();
    b.set(undefined);
    expect(a.get()).toBeUndefined();
  });
});
