#!/usr/bin/env bash
# Render the HTML report of an article (default fixtures/syria-clashes.txt) in headless Chromium:
# PNG screenshots for the eye at a desktop and a narrow width (report-1400.png, report-800.png), and the DOM
# after parsing, checked so that every quote claim sits in a <mark> and the page never scrolls sideways.
# Needs `npm run build` and the Debian `chromium` package (`apt-get install -y chromium`).
# Usage: scripts/render-html.sh [article] [out-dir]; WHOSAID_ARGS adds flags (e.g. "--fail-on unattributed-number").
set -euo pipefail
article="${1:-fixtures/syria-clashes.txt}"
out="${2:-render-out}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
# WHOSAID overrides the command (e.g. a build elsewhere); by default the built bin/whosaid.js.
read -r -a whosaid <<< "${WHOSAID:-node $root/bin/whosaid.js}"
read -r -a extra <<< "${WHOSAID_ARGS:-}"
"${whosaid[@]}" --no-config "${extra[@]}" --format html "$article" > "$out/report.html" || [ $? -eq 1 ]
"${whosaid[@]}" --no-config --format json "$article" > "$out/claims.json"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run "--user-data-dir=$profile")
for width in 1400 800; do
  chromium "${flags[@]}" "--screenshot=$out/report-$width.png" "--window-size=$width,2400" "file://$out/report.html" 2>/dev/null
  # The page's own measure of sideways scrolling at this width, written into the DOM by a tiny probe.
  sed 's|</body>|<script>addEventListener("load",()=>document.body.dataset.overflow=document.documentElement.scrollWidth-innerWidth)</script></body>|' \
    "$out/report.html" > "$out/probe.html"
  chromium "${flags[@]}" "--window-size=$width,2400" --virtual-time-budget=2000 --dump-dom "file://$out/probe.html" 2>/dev/null \
    | grep -o 'data-overflow="[-0-9]*"' | sed "s/^/$width px: /"
done
rm -f "$out/probe.html"
chromium "${flags[@]}" --dump-dom "file://$out/report.html" 2>/dev/null > "$out/dom.html"
# Every quote / partial-quote claim must be inside a <mark data-claim> in the parsed DOM, its text exactly.
node --input-type=module - "$out/dom.html" "$out/claims.json" <<'JS'
import { readFileSync } from 'node:fs';
const [dom, claims] = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' })[e]);
const texts = new Map();
for (const article of dom.match(/<article class="text">[\s\S]*?<\/article>/g) ?? []) {
  const stack = [];
  for (const token of article.replace(/^<article[^>]*>|<\/article>$/g, '').split(/(<[^>]*>)/)) {
    if (token.startsWith('<mark')) stack.push(/data-claim="([^"]*)"/.exec(token)?.[1] ?? null);
    else if (token.startsWith('<span')) stack.push(null);
    else if (token === '</mark>' || token === '</span>') stack.pop();
    else if (!token.startsWith('<')) for (const id of stack) if (id) texts.set(id, (texts.get(id) ?? '') + decode(token));
  }
}
const quotes = JSON.parse(claims).documents[0].claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
const bad = quotes.filter((c) => texts.get(c.id) !== c.text);
for (const c of bad) console.error(`not in its <mark>: ${c.id} ${JSON.stringify(c.text)} got ${JSON.stringify(texts.get(c.id))}`);
console.log(`${quotes.length - bad.length}/${quotes.length} quote claims inside their <mark>; ${texts.size} claims marked in the DOM`);
process.exit(bad.length === 0 ? 0 : 1);
JS
echo "screenshots: $out/report-1400.png $out/report-800.png  dom: $out/dom.html"
