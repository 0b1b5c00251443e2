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
