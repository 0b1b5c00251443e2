/**
 * A video recording as a privacy-friendly facade: the page shows a poster-like link and
 * loads nothing from the video host; the reader's click opens the recording on the host's
 * own site. No third-party player, thumbnail or cookie reaches a reader who does not ask
 * for it, no script is needed (content pages carry none), and the Content Security Policy
 * stays `default-src 'self'` with no `frame-src` exception. See docs/design.md.
 */

/** Hosts readers know by name. */
const PROVIDERS: [RegExp, string][] = [
  [/(^|\.)youtube\.com$|(^|\.)youtube-nocookie\.com$|^youtu\.be$/, 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
  [/(^|\.)facebook\.com$|^fb\.watch$/, 'Facebook'],
  [/(^|\.)instagram\.com$/, 'Instagram'],
  [/(^|\.)tiktok\.com$/, 'TikTok'],
];

/** The recording's link and the name of the site that plays it (its host name when unknown). */
export function videoFacade(url: string): { href: string; provider: string } {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const provider = PROVIDERS.find(([pattern]) => pattern.test(host))?.[1] ?? host;
  return { href: url, provider };
}
