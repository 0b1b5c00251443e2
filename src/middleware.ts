/**
 * In `npm run dev` only: before rendering any page, check the content folder as it is on
 * disk now (the same check as `npm run periksa` and the build). While any file has a
 * problem, every page answers with the list of problems instead of silently serving the
 * last valid version. The result is reused until a file under the content folder changes.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentProblemsNow } from './lib/dev-content-check.ts';
import { renderProblemPage } from './lib/problem-report.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  const problems = contentProblemsNow();
  if (problems.length === 0) return next();
  return new Response(renderProblemPage(problems), {
    status: 500,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
});
