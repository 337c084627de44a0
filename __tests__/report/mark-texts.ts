/** Test helper: the text inside each <mark data-claim> of an HTML report's articles, unescaped. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function markTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const article of html.match(/<article class="text">[\s\S]*?<\/article>/g) ?? []) {
    const stack: (string | null)[] = [];
    for (const token of article.slice('<article class="text">'.length, -'</article>'.length).split(/(<[^>]*>)/)) {
      if (token.startsWith('<mark')) stack.push(/data-claim="([^"]*)"/.exec(token)?.[1] ?? null);
      else if (token.startsWith('<span')) stack.push(null);
      else if (token === '</mark>' || token === '</span>') stack.pop();
      else if (token.startsWith('<')) throw new Error(`unexpected tag ${token}`);
      else {
        const text = token.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
        for (const id of stack) if (id !== null) texts.set(id, (texts.get(id) ?? '') + text);
      }
    }
    if (stack.length !== 0) throw new Error('unbalanced marks');
  }
  return texts;
}
