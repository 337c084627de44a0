// Checks the HTML dashboard of `whosaid report` in headless Chromium: builds a small corpus report (three
// invented articles in two outlets) with `whosaid report --input ndjson --group-by outlet -f html`, reads the page
// source for anything that would load from elsewhere, then opens it at 800 px and checks, in the rendered page,
// that the three SVG charts are drawn (their bars have a width, their labels are there), that the page loaded no
// resource at all and that it does not scroll sideways.
// Needs `npm run build`. Chromium: $CHROMIUM, or `chromium`, `chromium-browser`, `google-chrome` on the PATH; where
// there is none, it says "chromium not found, skipped" and exits 0 (the jest suite checks the HTML as text).
// Usage: npm run check:html [-- --keep DIR]   (--keep: leave report.html, dom.html and report-800.png in DIR)
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt >= 0 ? path.resolve(process.argv[keepAt + 1] ?? 'html-check') : null;

/** The Chromium binary: $CHROMIUM, or the first of the usual names on the PATH. */
function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  return null;
}

const chromium = findChromium();
if (!chromium) {
  console.log('check-html-report: chromium not found, skipped');
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('check-html-report: no build found: run `npm run build` first');
  process.exit(2);
}

// Three invented articles: a woman and a man quoted in outlet A, a man and an anonymous source in outlet B.
const corpus = [
  {
    outlet: 'Harbour Daily',
    text: 'Mayor Ann Lee said the pier would reopen in May. “We owe it to the fishers,” she said.\n\nHarbour master Tom Reyes said repairs would cost $2 million. He added that the crane was fixed.',
  },
  {
    outlet: 'Harbour Daily',
    text: 'Ms. Priya Nair, a spokeswoman for the port, said 40 ships were waiting. “The queue is long,” Nair said.',
  },
  {
    outlet: 'Valley News',
    text: 'Mr. Dan Orrin said the mill would close. A source close to the talks said the buyer had walked away.\n\n“It is over,” Orrin said.',
  },
];

const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-html-'));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};
try {
  const input = path.join(dir, 'corpus.jsonl');
  writeFileSync(input, corpus.map((record) => JSON.stringify(record)).join('\n') + '\n');
  const html = execFileSync(
    process.execPath,
    [
      path.join(root, 'bin', 'whosaid.js'),
      '--no-config',
      'report',
      '--input',
      'ndjson',
      '--group-by',
      'outlet',
      '-f',
      'html',
      input,
    ],
    { encoding: 'utf8' },
  );
  const page = path.join(dir, 'report.html');
  writeFileSync(page, html);

  // The page source: nothing that fetches (a script, a stylesheet link, an image, a frame, a CSS url or import).
  const external = html.match(
    /<(script|link|img|iframe|object|embed|video|audio|source)\b|\burl\(|@import|\b(src|href)\s*=\s*["']?(https?:)?\/\//gi,
  );
  check(
    external === null,
    `page source loads nothing from elsewhere${external ? ` (found: ${external.join(', ')})` : ''}`,
  );

  // The rendered page at 800 px: a probe reports what Chromium drew and loaded, into the DOM it dumps.
  const probe = `<script>addEventListener('load', () => {
    const charts = [...document.querySelectorAll('svg')].map((svg) => ({
      bars: [...svg.querySelectorAll('rect')].filter((r) => r.getBBox().width > 0.5 && r.getAttribute('fill') !== '#f2f2f2').length,
      labels: [...svg.querySelectorAll('text')]
        .map((t) => [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim())
        .filter(Boolean),
      width: svg.getBoundingClientRect().width,
    }));
    document.body.dataset.probe = JSON.stringify({
      charts,
      resources: performance.getEntriesByType('resource').map((r) => r.name),
      overflow: document.documentElement.scrollWidth - innerWidth,
    });
  });</script>`;
  const probed = path.join(dir, 'probe.html');
  writeFileSync(probed, html.replace('</body>', `${probe}</body>`));
  const profile = path.join(dir, 'profile');
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
    '--window-size=800,2400',
  ];
  const run = spawnSync(chromium, [...flags, '--virtual-time-budget=3000', '--dump-dom', `file://${probed}`], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const dom = run.stdout ?? '';
  const found = dom.match(/data-probe="([^"]*)"/);
  check(
    run.status === 0 && found !== null,
    `chromium rendered the page (exit ${run.status}${run.error ? `, ${run.error.message}` : ''})`,
  );
  if (found) {
    const json = found[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const result = JSON.parse(json);
    check(result.charts.length >= 3, `${result.charts.length} SVG charts (share of women, source kinds, most quoted)`);
    result.charts.forEach((chart, i) =>
      check(
        chart.bars > 0 && chart.labels.length > 0 && chart.width > 0 && chart.width <= 800,
        `chart ${i + 1}: ${chart.bars} bars drawn, ${chart.width.toFixed(0)} px wide, labels: ${chart.labels.slice(0, 6).join(' | ')}`,
      ),
    );
    const labels = result.charts.flatMap((chart) => chart.labels).join(' ');
    for (const expected of ['Harbour Daily', 'Valley News', 'Ann Lee', 'Dan Orrin'])
      check(labels.includes(expected), `a chart labels "${expected}"`);
    check(
      result.resources.length === 0,
      `no resource loaded (${result.resources.length}: ${result.resources.join(' ')})`,
    );
    check(result.overflow <= 0, `no sideways scrolling at 800 px (overflow ${result.overflow} px)`);
  }
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(path.join(keep, 'report.html'), html);
    writeFileSync(path.join(keep, 'dom.html'), dom);
    spawnSync(chromium, [...flags, `--screenshot=${path.join(keep, 'report-800.png')}`, `file://${page}`], {
      timeout: 120_000,
    });
    console.log(`kept report.html, dom.html and report-800.png in ${keep}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures.length === 0 ? 'check-html-report: passed' : `check-html-report: ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
