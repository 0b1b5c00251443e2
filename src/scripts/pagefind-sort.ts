/**
 * Sorting for Pagefind's Component UI. Component UI 1.5 has no sort component and passes
 * only `{ filters }` to `pagefind.search()`, while Pagefind's own API takes `sort`
 * (`{ tanggal: 'desc' }`, keys from `data-pagefind-sort`). So once the instance has loaded
 * Pagefind, its `search` is wrapped to add the order chosen on the page. Hand-rolled for
 * that reason; drop it when Component UI gains a sort option.
 */
import type { Instance } from '@pagefind/component-ui';
import { SORTS, type SortName } from '../lib/search-params.ts';

interface PagefindApi {
  search: (term: string | null, options?: Record<string, unknown>) => Promise<unknown>;
}

/** Load Pagefind into `instance` and make its searches use `currentSort()`. */
export async function loadWithSort(instance: Instance, currentSort: () => SortName): Promise<void> {
  await instance.triggerLoad();
  const holder = instance as unknown as { __pagefind__: (PagefindApi & { __riSorted?: boolean }) | null };
  const pagefind = holder.__pagefind__;
  if (!pagefind || pagefind.__riSorted) return;
  const search = pagefind.search.bind(pagefind);
  pagefind.search = (term, options = {}) => {
    const sort = SORTS[currentSort()];
    return search(term, sort ? { ...options, sort } : options);
  };
  pagefind.__riSorted = true;
}
