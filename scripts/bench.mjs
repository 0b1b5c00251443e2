// Build benchmark: the full site against a bare Astro build of the same Markdown.
//
//   npm run bench -- --entries 2000 [--seed 1] [--profile] [--only site|bare] [--keep] [--json FILE] [--og-cache DIR]
//   npm run bench -- --summarise FILE.cpuprofile [--chunks DIR]   (a profile kept with --keep)
//
// 1. Generates a deterministic corpus of N case studies (src/lib/synthetic-corpus.ts) in a
//    temporary folder: the real case studies plus N minus their number synthetic ones, with
//    the real other collections copied alongside so every reference resolves.
// 2. Builds the full site from it (CONTENT_DIR, own cache dir, own output folder).
// 3. Builds the same case-study Markdown with the bare fixture in bench/ (Astro defaults,
//    one glob collection, one [slug].astro rendering the body).
// 4. Prints for both: wall time, ms per page, peak memory of the build's process tree,
//    output size; for the site the Pagefind index and the largest HTML files; the ratios.
//
// With --profile the site build runs under `node --cpu-prof` and the script prints where the
// samples fall: self time by function, and by module (site code, packages, Node), plus
// inclusive time of each of the site's own modules. Profiling slows the build, so its wall
// time is not comparable with an unprofiled run.
//
// Open Graph images are drawn at build time and cached by content (OG_CACHE_DIR). By default
// the site build gets an empty cache in the temporary folder: a cold build. With --og-cache DIR
// the cache is DIR, kept after the run: the first run with it is cold, a second run of the same
// corpus (same --entries and --seed) with the same DIR is warm. The script says which it was.
//
// Figures, not a pass/fail test: the machine is shared, so the load average is printed too.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCaseStudies, proseOf, sentencesOf } from '../src/lib/synthetic-corpus.ts';

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    'og-cache': { type: 'string' },
    summarise: { type: 'string' },
    chunks: { type: 'string' },
  },
});
const entries = Number(args.entries);
const seed = Number(args.seed);
if (!Number.isInteger(entries) || entries < 1) throw new Error(`--entries must be a positive integer, got "${args.entries}"`);
if (args.only && !['site', 'bare'].includes(args.only)) throw new Error('--only takes "site" or "bare"');

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const REAL = join(ROOT, 'content');
const work = mkdtempSync(join(tmpdir(), 'ri-bench-'));

// ---------------------------------------------------------------- corpus
function makeCorpus() {
  const corpus = join(work, 'konten');
  for (const name of readdirSync(REAL)) {
    if (name !== 'studi-kasus') cpSync(join(REAL, name), join(corpus, name), { recursive: true });
  }
  const caseDir = join(corpus, 'studi-kasus');
  mkdirSync(caseDir, { recursive: true });
  const real = readdirSync(join(REAL, 'studi-kasus')).filter((n) => n.endsWith('.md') && !n.startsWith('_'));
  // The real case studies stay (guides reference them), and give the generator its prose.
  const paragraphs = [];
  const sentences = [];
  for (const name of real) {
    const text = readFileSync(join(REAL, 'studi-kasus', name), 'utf8');
    writeFileSync(join(caseDir, name), text);
    const prose = proseOf(text);
    paragraphs.push(...prose.paragraphs);
    sentences.push(...sentencesOf(prose.summary));
  }
  const csv = readFileSync(join(REAL, 'wilayah/jatim-kabkota.csv'), 'utf8');
  const inputs = {
    regions: csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',')[0]),
    topics: ids(join(REAL, 'topik')),
    organisations: ids(join(REAL, 'organisasi')),
    paragraphs,
    sentences,
  };
  const generated = generateCaseStudies(Math.max(0, entries - real.length), seed, inputs);
  for (const file of generated) writeFileSync(join(caseDir, `${file.id}.md`), file.content);
  return { corpus, caseStudies: real.length + generated.length, real: real.length, bytes: dirSize(caseDir).bytes };
}

function ids(dir) {
  return readdirSync(dir).filter((n) => n.endsWith('.md') && !n.startsWith('_')).map((n) => n.slice(0, -3));
}

// ---------------------------------------------------------------- measuring a build
/** Pids of a process and all its descendants, from /proc. */
function processTree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${out[i]}/task/${task}/children`, 'utf8').trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended between the two reads
      }
    }
  }
  return out;
}

/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM), or 0 when the process is gone. */
function statusKb(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU time of a process so far, in ms (from /proc/<pid>/stat), or undefined. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = 100;

/**
 * Runs one `astro build` as a direct child (no shell, so the pid is Astro's Node process),
 * polling /proc every 100 ms: the peak RSS of Astro's own process (VmHWM, exact) and the
 * peak of the summed RSS of its whole tree (sampled; includes Pagefind's binary).
 */
function runBuild(name, argv, env, onMark = () => {}) {
  const log = join(work, `${name}.log`);
  const load = loadavg()[0];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks = [];
    // When each phase of the build begins, from the moment its log line arrives. Marks are
    // looked for in order, in the new output only, so watching costs the build nothing.
    const marks = {};
    // The phase running now (the last mark seen), to attribute memory samples to phases.
    let phase = 'start';
    const phasePeak = {};
    let next = 0;
    let tail = '';
    const onData = (d) => {
      chunks.push(d);
      const at = performance.now() - started;
      let text = tail + d.toString();
      while (next < PHASE_MARKS.length) {
        const [mark, pattern] = PHASE_MARKS[next];
        const found = pattern.exec(text);
        if (!found) break;
        marks[mark] = at;
        phase = mark;
        onMark(mark);
        text = text.slice(found.index + found[0].length);
        next++;
      }
      tail = text.slice(-200);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let nodePeak = 0;
    let treePeak = 0;
    // Last CPU time seen per process of the tree: less sensitive to a shared machine's load
    // than wall time (the last 100 ms of each process are missed).
    const cpu = new Map();
    const poll = setInterval(() => {
      nodePeak = Math.max(nodePeak, statusKb(child.pid, 'VmHWM'));
      phasePeak[phase] = Math.max(phasePeak[phase] ?? 0, statusKb(child.pid, 'VmRSS'));
      const tree = processTree(child.pid);
      treePeak = Math.max(treePeak, tree.reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0));
      for (const pid of tree) {
        const ms = cpuMs(pid);
        if (ms !== undefined) cpu.set(pid, ms);
      }
    }, 100);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      const wall = performance.now() - started;
      const output = Buffer.concat(chunks).toString('utf8');
      writeFileSync(log, output);
      if (code !== 0) {
        fail(new Error(`${name} build failed (exit ${code}); its output is in ${log}:\n${output.slice(-4000)}`));
        return;
      }
      const cpuTotal = [...cpu.values()].reduce((a, b) => a + b, 0);
      done({ wall, cpu: cpuTotal, cpuNode: cpu.get(child.pid) ?? 0, nodePeak, phasePeak, treePeak, load: [load, loadavg()[0]], log, phases: phases(marks, wall) });
    });
  });
}

/** Log lines that start a phase of `astro build`, in order. */
const PHASE_MARKS = [
  ['sync', /\[content\] Syncing content/],
  ['bundle', /\[content\] Synced content/],
  ['render', /generating static routes/],
  ['hooks', /\[build\] ✓ Completed in/],
  ['exit', /page\(s\) built in/],
];

/** Milliseconds per phase: startup, content sync, types + Vite bundle, page rendering, build:done hooks, exit. */
function phases(marks, wall) {
  const names = { startup: 'start', sync: 'sync', bundle: 'bundle', render: 'render', hooks: 'hooks', exit: 'exit' };
  const points = [['startup', 0], ...PHASE_MARKS.map(([mark]) => [mark, marks[mark]])];
  const out = {};
  for (let i = 0; i < points.length; i++) {
    const [name, from] = points[i];
    const to = points[i + 1]?.[1] ?? wall;
    if (from !== undefined && to !== undefined) out[names[name]] = to - from;
  }
  return out;
}

function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.html'))
    .map((n) => ({ path: `/${n.replace(/index\.html$/, '')}`, bytes: statSync(join(dir, n)).size }))
    .sort((a, b) => b.bytes - a.bytes);
}

// ---------------------------------------------------------------- profile summary
const chunkSourceCache = new Map();
/** The .astro files a bundled chunk was compiled from (Astro keeps their paths in it). */
function chunkSources(file) {
  if (!chunkSourceCache.has(file)) {
    let found = [];
    try {
      const text = readFileSync(file, 'utf8');
      found = [...new Set([...text.matchAll(/src\/(?:pages|components|layouts)\/[^"'\s]+?\.astro/g)].map((m) => m[0]))];
    } catch {
      // not copied
    }
    chunkSourceCache.set(file, found.length === 0 ? '' : ` (${found.slice(0, 2).join(', ')}${found.length > 2 ? ', …' : ''})`);
  }
  return chunkSourceCache.get(file);
}

/**
 * Where a .cpuprofile's samples fall. Astro bundles the site's modules into chunks, but
 * keeps their source paths in comments and function names; frames are attributed to a
 * "module" by URL: the site's own src/ files (through the chunk's name), packages in
 * node_modules, Node internals, or native/GC.
 */
function summariseProfile(file, chunkDir) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const micros = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => micros.set(id, (micros.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const total = [...micros.values()].reduce((a, b) => a + b, 0);

  const moduleOf = (frame) => {
    const url = frame.callFrame.url;
    if (!url) return `(${frame.callFrame.functionName || 'native'})`;
    const path = url.replace(/^file:\/\//, '');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (path.startsWith('node:')) return 'node (internals)';
    if (pkg) return `pkg ${pkg[1]}`;
    const chunk = /\.astro\/\.prerender\/(.+)$/.exec(path);
    if (chunk) return `site ${chunk[1]}${chunkSources(join(chunkDir, chunk[1]))}`;
    return `site ${relative(ROOT, path)}`;
  };
  const fnName = (node) =>
    `${node.callFrame.functionName || '(anonymous)'}  ${moduleOf(node).replace(/^(site|pkg) /, '')}:${node.callFrame.lineNumber + 1}`;
  const selfFn = new Map();
  const inclusiveFn = new Map();
  const selfModule = new Map();
  const inclusive = new Map();
  for (const [id, us] of micros) {
    const node = byId.get(id);
    const fn = fnName(node);
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + us);
    selfModule.set(moduleOf(node), (selfModule.get(moduleOf(node)) ?? 0) + us);
    // Inclusive time per module: each sample counts once for every module on its stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(moduleOf(byId.get(at)));
    for (const m of seen) inclusive.set(m, (inclusive.get(m) ?? 0) + us);
    const seenFn = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (moduleOf(frame).startsWith('site ')) seenFn.add(fnName(frame));
    }
    for (const f of seenFn) inclusiveFn.set(f, (inclusiveFn.get(f) ?? 0) + us);
  }
  const top = (map, n, filter = () => true) =>
    [...map]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  return [
    `profile: ${file}`,
    `sampled time: ${(total / 1000).toFixed(0)} ms (main thread of the Astro process)`,
    'self time by module:',
    top(selfModule, 20),
    'self time by function:',
    top(selfFn, 30),
    'inclusive time of the site\'s own modules (dist chunks and src files):',
    top(inclusive, 25, (k) => k.startsWith('site ')),
    "inclusive time of the site's own functions:",
    top(inclusiveFn, 40),
  ].join('\n');
}

// ---------------------------------------------------------------- run
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

// --summarise FILE [--chunks DIR]: only print the summary of a profile kept with --keep.
if (args.summarise) {
  rmSync(work, { recursive: true, force: true });
  console.log(summariseProfile(resolve(args.summarise), args.chunks ? resolve(args.chunks) : ''));
  process.exit(0);
}

const corpus = makeCorpus();
console.log(`bench: ${corpus.caseStudies} case studies (${corpus.real} real + ${corpus.caseStudies - corpus.real} synthetic, seed ${seed}), ${mb(corpus.bytes)} of Markdown in ${corpus.corpus}`);
console.log(`machine: ${cpus().length} CPUs, ${mb(totalmem())} RAM, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const results = {};
try {
  if (args.only !== 'bare') {
    const outDir = join(work, 'site');
    const profDir = join(work, 'profile');
    const nodeArgs = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
    const ogCache = args['og-cache'] ? resolve(args['og-cache']) : join(work, 'og-cache');
    mkdirSync(ogCache, { recursive: true });
    const ogCached = readdirSync(ogCache).length;
    console.log(`Open Graph image cache: ${ogCache}, ${ogCached === 0 ? 'empty (cold build)' : `${ogCached} files (warm build)`}`);
    console.log('building the full site …');
    // Astro deletes its bundled chunks after the build; with --profile they are copied when
    // rendering starts, to name the pages and components the profile's chunks come from.
    const chunkDir = join(work, 'prerender-chunks');
    const run = await runBuild(
      'site',
      [...nodeArgs, ASTRO, 'build', '--outDir', outDir],
      { CONTENT_DIR: corpus.corpus, ASTRO_CACHE_DIR: join(work, 'cache-site'), OG_CACHE_DIR: ogCache },
      (mark) => {
        if (args.profile && mark === 'render') cpSync(join(ROOT, '.astro/.prerender'), chunkDir, { recursive: true });
      },
    );
    const html = htmlFiles(outDir);
    const pagefind = existsSync(join(outDir, 'pagefind')) ? dirSize(join(outDir, 'pagefind')) : { bytes: 0, files: 0 };
    results.site = { ...run, ogCached, pages: html.length, out: dirSize(outDir), pagefind, largest: html.slice(0, 8), over200: html.filter((h) => h.bytes > 200 * 1024) };
    if (args.profile) {
      const prof = readdirSync(profDir).filter((n) => n.endsWith('.cpuprofile')).map((n) => join(profDir, n));
      // The largest profile is Astro's own process (workers, if any, write smaller ones).
      prof.sort((a, b) => statSync(b).size - statSync(a).size);
      if (prof[0]) results.site.profile = summariseProfile(prof[0], chunkDir);
    }
  }
  if (args.only !== 'site') {
    const outDir = join(work, 'bare');
    console.log('building the bare Astro fixture (bench/) …');
    const run = await runBuild('bare', [ASTRO, 'build', '--root', join(ROOT, 'bench'), '--outDir', outDir], {
      CONTENT_DIR: corpus.corpus,
      ASTRO_CACHE_DIR: join(work, 'cache-bare'),
    });
    results.bare = { ...run, pages: htmlFiles(outDir).length, out: dirSize(outDir) };
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

const row = (label, pick) => `${label.padEnd(32)}${['site', 'bare'].map((k) => (results[k] ? pick(results[k]) : '-').padStart(14)).join('')}`;
console.log(`\n${''.padEnd(32)}${'full site'.padStart(14)}${'bare Astro'.padStart(14)}`);
console.log(row('pages (HTML files)', (r) => String(r.pages)));
console.log(row('wall time', (r) => s(r.wall)));
console.log(row('ms per page', (r) => (r.wall / r.pages).toFixed(1)));
console.log(row('CPU time (user+sys, tree)', (r) => s(r.cpu)));
console.log(row('  of which Astro process', (r) => s(r.cpuNode)));
console.log(row('peak RSS, Astro process', (r) => mb(r.nodePeak)));
console.log(row('peak RSS, process tree', (r) => mb(r.treePeak)));
console.log(row('output size', (r) => mb(r.out.bytes)));
console.log(row('output files', (r) => String(r.out.files)));
for (const [phase, label] of [
  ['start', '  startup, config'],
  ['sync', '  content sync (loaders, schemas)'],
  ['bundle', '  types, build info, Vite bundle'],
  ['render', '  rendering pages'],
  ['hooks', '  build:done (sitemap, Pagefind)'],
  ['exit', '  exit'],
]) {
  console.log(row(label, (r) => (r.phases[phase] === undefined ? '-' : s(r.phases[phase]))));
}
console.log(row('peak RSS (Astro) by phase', () => ''));
for (const [phase, label] of [['start', '  startup, config'], ['sync', '  content sync'], ['bundle', '  types, bundle'], ['render', '  rendering pages'], ['hooks', '  build:done'], ['exit', '  exit']]) {
  console.log(row(label, (r) => (r.phasePeak[phase] === undefined ? '-' : mb(r.phasePeak[phase]))));
}
console.log(row('load average (start → end)', (r) => `${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}`));
if (results.site) {
  const site = results.site;
  console.log(`\nPagefind index: ${mb(site.pagefind.bytes)} in ${site.pagefind.files} files`);
  console.log(`HTML files over 200 KB: ${site.over200.length}`);
  console.log('largest HTML files:');
  for (const h of site.largest) console.log(`  ${kb(h.bytes).padStart(10)}  ${h.path}`);
}
if (results.site && results.bare) {
  const { site, bare } = results;
  console.log('\nratios, full site / bare Astro:');
  console.log(`  wall time        ${(site.wall / bare.wall).toFixed(2)}`);
  console.log(`  ms per page      ${(site.wall / site.pages / (bare.wall / bare.pages)).toFixed(2)}`);
  console.log(`  CPU time         ${(site.cpu / bare.cpu).toFixed(2)}`);
  console.log(`  peak RSS (Astro) ${(site.nodePeak / bare.nodePeak).toFixed(2)}`);
  console.log(`  peak RSS (tree)  ${(site.treePeak / bare.treePeak).toFixed(2)}`);
  console.log(`  output size      ${(site.out.bytes / bare.out.bytes).toFixed(2)}`);
  console.log('\nMarkdown row for docs/performance.md:');
  console.log(
    `| ${corpus.caseStudies} | ${site.pages} | ${s(site.wall)} | ${s(bare.wall)} | ${(site.wall / bare.wall).toFixed(2)} | ` +
      `${s(site.cpu)} | ${s(bare.cpu)} | ${(site.cpu / bare.cpu).toFixed(2)} | ` +
      `${(site.wall / site.pages).toFixed(1)} | ${(bare.wall / bare.pages).toFixed(1)} | ` +
      `${mb(site.nodePeak)} | ${mb(bare.nodePeak)} | ${(site.nodePeak / bare.nodePeak).toFixed(2)} | ` +
      `${mb(site.treePeak)} | ${mb(site.out.bytes)} | ${mb(bare.out.bytes)} | ${mb(site.pagefind.bytes)} / ${site.pagefind.files} | ` +
      `${kb(site.largest[0]?.bytes ?? 0)} | ${site.load[0].toFixed(1)}, ${bare.load[0].toFixed(1)} |`,
  );
}
if (results.site?.profile) console.log(`\n${results.site.profile}`);
if (args.keep) console.log(`\nkept: ${work}`);
if (args.json) {
  const plain = JSON.parse(JSON.stringify({ entries: corpus.caseStudies, seed, node: process.version, results }));
  writeFileSync(args.json, `${JSON.stringify(plain, null, 2)}\n`);
}
