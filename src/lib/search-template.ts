/**
 * The template of one search result, in Pagefind Component UI's template language: type,
 * title (the link), the excerpt with the matched words in `<mark>`, region and year where
 * the page has them, and its award. Values come from the page's `data-pagefind-meta`
 * (see `searchData()` in views/common.ts); the template escapes them, except the excerpt,
 * which Pagefind builds from the page's own text with only `<mark>` added.
 */
import { t } from '../i18n/index.ts';

/** The result template, with its Indonesian labels. */
export function resultTemplate(): string {
  return `<li class="pf-result ri-result">
  <div class="pf-result-card"><div class="pf-result-content">
    <p class="ri-result__type">{{ meta.jenis }}</p>
    <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
    {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    {{#if meta.wilayah}}<p class="ri-result__meta">{{ meta.wilayah }}{{#if meta.tahun}} · {{ meta.tahun }}{{/if}}{{#if meta.status}} · {{ meta.status }}{{/if}}</p>{{:else if meta.narasumber}}<p class="ri-result__meta">{{ meta.narasumber }}{{#if meta.tahun}} · {{ meta.tahun }}{{/if}}</p>{{:else if meta.tahun}}<p class="ri-result__meta">{{ meta.tahun }}</p>{{/if}}
    {{#if meta.penghargaan}}<p class="ri-result__award"><span class="ri-result__label">${t.search.awardMeta}:</span> {{ meta.penghargaan }}</p>{{/if}}
  </div></div>
</li>`;
}
