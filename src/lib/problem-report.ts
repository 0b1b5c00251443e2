/**
 * How content problems are printed: for editors in a terminal or a build log, as JSON for
 * tools, and as GitHub Actions workflow commands so each problem appears on the pull
 * request's changed line. Pure: problems in, text out.
 */
import type { ContentProblem } from './content-check.ts';

/** The human report, in Indonesian: a count, then each problem with its fix. */
export function formatReport(problems: readonly ContentProblem[]): string {
  if (problems.length === 0) return 'Pemeriksaan konten: tidak ada masalah.';
  const files = new Set(problems.map((p) => p.file)).size;
  const blocks = problems.map((p) => {
    const where = `${p.file}:${p.line}`;
    const field = p.field ? ` — kolom ${p.field}` : '';
    const excerpt = p.excerpt ? `\n${p.excerpt.replace(/^/gm, '    ')}` : '';
    return `✗ ${where}${field}\n  ${p.message}${excerpt}`;
  });
  return `Pemeriksaan konten menemukan ${problems.length} masalah di ${files} berkas:\n\n${blocks.join('\n\n')}\n\nPerbaiki setiap masalah di atas, lalu jalankan lagi npm run periksa.`;
}

/** Machine-readable output for `--json`. */
export function formatJson(problems: readonly ContentProblem[]): string {
  return JSON.stringify({ ok: problems.length === 0, problems }, null, 2);
}

/** Escapes a value for a workflow command (GitHub's documented escapes). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…,title=…::message` line per problem. */
export function formatGithubAnnotations(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => {
      const title = p.field ? `Kolom ${p.field}` : 'Konten';
      return `::error file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(title)}::${escapeData(p.message)}`;
    })
    .join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The page `npm run dev` shows instead of the site while content has problems: the same
 * report as `npm run periksa`, readable without JavaScript, so an editor who saves a
 * broken file sees what to fix where they are looking (not only in the terminal).
 */
export function renderProblemPage(problems: readonly ContentProblem[]): string {
  const items = problems
    .map(
      (p) => `<li class="masalah">
  <p class="lokasi"><strong>${escapeHtml(p.file)}</strong>, baris ${p.line}${p.field ? `, kolom <code>${escapeHtml(p.field)}</code>` : ''}</p>
  <p>${escapeHtml(p.message)}</p>${p.excerpt ? `\n  <pre>${escapeHtml(p.excerpt)}</pre>` : ''}
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Konten perlu diperbaiki — Rumah Inovasi</title>
<style>
body{font-family:system-ui,sans-serif;max-inline-size:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{color:#a4000f}.masalah{border-inline-start:4px solid #a4000f;padding:.25rem 1rem;margin-block:1rem;list-style:none}
.lokasi{margin:0}pre{background:#f3f3f3;padding:.5rem;overflow-x:auto}ol{padding:0}
</style>
</head>
<body>
<main>
<h1>Konten perlu diperbaiki</h1>
<p>Pratinjau berhenti karena ada ${problems.length} masalah di berkas konten. Perbaiki setiap masalah di bawah, simpan berkasnya, lalu muat ulang halaman ini.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
