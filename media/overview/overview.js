// The overview webview: draws the draft's figures, timeline, entities, sources and claims as plain SVG and HTML from the extension's JSON.
// Every text from an article goes in through textContent, never as markup, and every click only asks the extension to open a passage.
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const SVG = 'http://www.w3.org/2000/svg';
  // Numbers are German whatever the interface language: the figures they sit beside are written that way.
  const numbers = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
  let S = {};
  let data = null;
  let width = 0;

  // ---- DOM helpers: elements are built with attributes and text nodes only ----

  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v));
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return node;
  }

  function s(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v));
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return node;
  }

  /** SVG text, shortened to about `max` characters so labels never run into the plot. */
  function label(x, y, text, cls, anchor, max) {
    const t = max && text.length > max ? text.slice(0, max - 1) + '…' : text;
    const node = s('text', { x, y, class: cls, 'text-anchor': anchor || 'start', 'dominant-baseline': 'middle' });
    node.textContent = t;
    return node;
  }

  function open(p) {
    vscode.postMessage({ type: 'open', uri: p.uri, start: p.start, end: p.end });
  }

  /** Makes a node a keyboard-reachable button that opens a passage (Enter or Space, or a click). */
  function activatable(node, passage, ariaLabel) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', ariaLabel);
    node.addEventListener('click', () => open(passage));
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(passage);
      }
    });
    return node;
  }

  function passageButton(passage, cls, ariaLabel, ...children) {
    const b = h('button', { type: 'button', class: cls, 'aria-label': ariaLabel, title: S.open }, ...children);
    b.addEventListener('click', () => open(passage));
    return b;
  }

  const fmtDate = (iso) => {
    if (!iso) return S.undated || '';
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
  };
  const fileName = (uri) => decodeURIComponent(String(uri).split('/').pop() || uri);
  const origin = (v) => v.outlet || v.title || fileName(v.uri);

  // ---- Figures: one chart per quantity, the draft's value against every corpus value ----

  /** Round tick steps (1, 2, 2.5, 5 × 10^n) so axis labels read like numbers a person writes. */
  function ticks(max, count) {
    if (!(max > 0)) return { max: 1, step: 1 };
    const raw = max / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((st) => st >= raw);
    return { max: Math.ceil(max / step) * step, step };
  }

  function figureChart(f, w) {
    const rows = [{ v: f.draft, draft: true }, ...f.corpus.map((v) => ({ v, draft: false }))];
    const labelW = Math.min(300, Math.max(150, Math.round(w * 0.4)));
    const valueW = 110;
    const x0 = labelW + 10;
    const x1 = Math.max(x0 + 120, w - valueW);
    const rowH = 26;
    const top = 6;
    const axisH = 26;
    const height = top + rows.length * rowH + axisH;
    let maxFinite = 0;
    let minLow = 0;
    for (const { v } of rows) {
      maxFinite = Math.max(maxFinite, v.low, v.high === null ? v.low : v.high);
      minLow = Math.min(minLow, v.low);
    }
    // Open ends ("mehr als 10.000") run to the axis end, so the axis reaches a little past the largest closed value.
    const hasOpen = rows.some((r) => r.v.high === null);
    const t = ticks(maxFinite * (hasOpen ? 1.3 : 1.08), 4);
    const lo = minLow < 0 ? -ticks(-minLow, 2).max : 0;
    const x = (n) => x0 + ((Math.min(n, t.max) - lo) / (t.max - lo)) * (x1 - x0);
    const chart = s('svg', { class: 'chart', width: w, height, viewBox: `0 0 ${w} ${height}`, role: 'group', 'aria-label': `${f.draft.text}${f.thing ? ' ' + f.thing : ''}` });

    // Grid and axis first, so marks draw over them.
    const axisY = top + rows.length * rowH + 4;
    for (let v = lo; v <= t.max + t.step / 1e6; v += t.step) {
      chart.append(s('line', { x1: x(v), x2: x(v), y1: top, y2: axisY, class: 'grid' }));
      chart.append(label(x(v), axisY + 12, numbers.format(v), 'tick', 'middle'));
    }
    chart.append(s('line', { x1: x0, x2: x1, y1: axisY, y2: axisY, class: 'axis' }));

    // The draft's interval as a band over every row: a corpus mark outside it is what a conflict looks like.
    const d = f.draft;
    const dHigh = d.high === null ? t.max : d.high;
    if (dHigh > d.low) chart.append(s('rect', { x: x(d.low), y: top, width: Math.max(1, x(dHigh) - x(d.low)), height: rows.length * rowH, class: 'draft-band' }));
    else chart.append(s('line', { x1: x(d.low), x2: x(d.low), y1: top, y2: axisY, class: 'draft-line' }));

    rows.forEach(({ v, draft }, i) => {
      const y = top + i * rowH + rowH / 2;
      const kind = draft ? 'draft' : v.conflict ? 'conflict' : 'agree';
      const who = draft ? S.draft : origin(v);
      const src = v.source || S.noSource;
      const aria = `${draft ? S.draft : who}, ${fmtDate(v.date)}: ${v.text} (${src})${!draft && v.conflict ? ', ' + S.conflict : ''}`;
      const g = s('g', { class: `pt ${kind}`, 'data-kind': kind, 'data-conflict': String(!draft && v.conflict) });
      const tip = s('title');
      tip.textContent = `${v.text} · ${src}\n${draft ? S.draft : who} · ${fmtDate(v.date)}\n${v.snippet || ''}`;
      g.append(tip);
      g.append(s('rect', { x: 1, y: y - rowH / 2 + 1, width: w - 2, height: rowH - 2, rx: 3, class: 'hit' }));
      // The date comes first: when shortened, an outlet's tail is easier to miss than the day.
      const rowLabel = draft ? S.draft : `${v.conflict ? '⚠ ' : ''}${fmtDate(v.date)} · ${who}`;
      g.append(label(8, y, rowLabel, 'row-label', 'start', Math.floor((labelW - 16) / 7.4)));
      const a = x(v.low);
      if (v.high !== null && v.high === v.low) {
        g.append(s('circle', { cx: a, cy: y, r: draft ? 6 : 5, class: 'mark' }));
      } else {
        const b = v.high === null ? x1 : x(v.high);
        g.append(s('line', { x1: a, x2: b, y1: y, y2: y, class: 'range' }));
        if (v.low > lo) g.append(s('line', { x1: a, x2: a, y1: y - 5, y2: y + 5, class: 'cap' }));
        if (v.high === null) g.append(s('path', { d: `M ${b - 8} ${y - 5} L ${b} ${y} L ${b - 8} ${y + 5} Z`, class: 'arrow' }));
        else g.append(s('line', { x1: b, x2: b, y1: y - 5, y2: y + 5, class: 'cap' }));
      }
      g.append(label(x1 + 8, y, v.text, 'value', 'start', 18));
      activatable(g, v, aria);
      chart.append(g);
    });
    return chart;
  }

  /** What is counted, from the lemma and the key's place ("soldat@nordkorea" → "Soldat · Nordkorea"). */
  function quantityName(f) {
    const at = f.key.indexOf('@');
    const place = at >= 0 ? f.key.slice(at + 1).replace(/-/g, ' ').replace(/(^|\s)\S/g, (c) => c.toUpperCase()) : '';
    const thing = f.thing || f.unit || '';
    return [thing, place].filter(Boolean).join(' · ');
  }

  function figuresSection(w) {
    const figs = data.figures;
    const body = [];
    if (!figs.length) body.push(h('p', { class: 'empty' }, S.noFigures));
    else
      body.push(
        h(
          'div',
          { class: 'legend', 'aria-hidden': 'true' },
          h('span', { class: 'key draft' }, S.legendDraft),
          h('span', { class: 'key agree' }, S.legendCorpus),
          h('span', { class: 'key conflict' }, S.legendConflict),
          h('span', { class: 'key range' }, S.legendRange),
        ),
      );
    for (const f of figs) {
      const conflicts = f.corpus.filter((v) => v.conflict).length;
      const head = h(
        'h3',
        {},
        h('span', { class: 'quantity' }, f.draft.text),
        h('span', { class: 'muted' }, quantityName(f)),
        conflicts ? h('span', { class: 'badge conflict' }, `⚠ ${conflicts} ${S.conflict}`) : null,
        f.draft.source ? h('span', { class: 'badge' }, f.draft.source) : h('span', { class: 'badge muted' }, S.noSource),
      );
      const card = h('section', { class: 'card figure' + (conflicts ? ' has-conflict' : ''), 'data-key': f.key }, head);
      card.append(figureChart(f, w - 26));
      if (!f.corpus.length) card.append(h('p', { class: 'empty' }, S.noCorpusValues));
      if (f.more > 0) card.append(h('p', { class: 'note' }, String(S.moreValues || '').replace('{0}', numbers.format(f.more))));
      body.push(card);
    }
    return section('figures', `${S.figures} (${figs.length})`, body);
  }

  // ---- Timeline: the draft's days above one axis, the corpus articles mentioning them below ----

  const DAY = 86400000;
  const dayNum = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const dayIso = (n) => new Date(n * DAY).toISOString().slice(0, 10);

  function timelineSection(w) {
    const days = data.dates.filter((d) => d.day);
    const others = data.dates.filter((d) => !d.day);
    const body = [];
    if (!days.length) body.push(h('p', { class: 'empty' }, S.noDates));
    else {
      body.push(
        h(
          'div',
          { class: 'legend', 'aria-hidden': 'true' },
          h('span', { class: 'key day' }, S.legendDay),
          h('span', { class: 'key same-day' }, S.sameDay),
          h('span', { class: 'key related' }, S.relatedArticle),
        ),
      );
      body.push(timeline(days, w - 4));
    }
    if (others.length) {
      body.push(
        h(
          'div',
          { class: 'chips' },
          others.map((d) => passageButton(d, 'chip', `${d.text}: ${d.value || S.vague}`, d.text, h('span', { class: 'muted' }, ` ${d.value || S.vague}`))),
        ),
      );
    }
    return section('timeline', `${S.timeline} (${data.dates.length})`, body);
  }

  /** Corpus articles that give the draft's figures, by publication date: the reporting the draft sits in. */
  function relatedArticles() {
    const byUri = new Map();
    for (const f of data.figures) {
      for (const v of f.corpus) if (v.date && /^\d{4}-\d{2}-\d{2}$/.test(v.date) && !byUri.has(v.uri)) byUri.set(v.uri, v);
    }
    return [...byUri.values()];
  }

  /**
   * Gives each mark a row so labels never overlap: a mark takes the first row whose last label ends
   * before its own begins. Marks are placed left to right.
   */
  function rows(marks, w) {
    const ends = [];
    return marks
      .sort((a, b) => a.cx - b.cx)
      .map((m) => {
        const labelW = 14 + m.text.length * 6.6;
        const right = m.cx + labelW <= w;
        const from = right ? m.cx - 8 : m.cx - labelW;
        const to = right ? m.cx + labelW : m.cx + 8;
        let row = ends.findIndex((e) => from > e + 6);
        if (row < 0) row = ends.push(-Infinity) - 1;
        ends[row] = to;
        return { ...m, row, right };
      });
  }

  function timeline(days, w) {
    const related = relatedArticles();
    const published = data.date && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? dayNum(data.date) : null;
    const nums = days.map((d) => dayNum(d.day)).concat(related.map((v) => dayNum(v.date)));
    if (published !== null) nums.push(published);
    let min = Math.min(...nums);
    let max = Math.max(...nums);
    const pad = Math.max(1, Math.round((max - min) * 0.08));
    min -= pad;
    max += pad;
    if (max - min < 6) {
      const mid = (max + min) / 2;
      min = Math.floor(mid - 3);
      max = Math.ceil(mid + 3);
    }
    const x0 = 16;
    const x1 = w - 16;
    const x = (n) => x0 + ((n - min) / (max - min)) * (x1 - x0);

    const up = rows(
      days.map((d) => ({ cx: x(dayNum(d.day)), text: d.text, d })),
      w,
    );
    // Corpus articles: each once per day, filled when it names the draft's day, hollow when it only shares its figures.
    const seen = new Set();
    const corpusMarks = [];
    for (const d of days) {
      for (const c of d.corpus) {
        const key = `${d.day}|${c.uri}`;
        if (seen.has(key)) continue;
        seen.add(key);
        corpusMarks.push({ cx: x(dayNum(d.day)), text: origin(c), c, same: true });
      }
    }
    for (const v of related) {
      const key = `${v.date}|${v.uri}`;
      if (seen.has(key)) continue;
      seen.add(key);
      corpusMarks.push({ cx: x(dayNum(v.date)), text: origin(v), c: v, same: false });
    }
    const down = rows(corpusMarks, w);

    const step = 22;
    const upDepth = Math.max(1, ...up.map((m) => m.row + 1));
    const downDepth = Math.max(0, ...down.map((m) => m.row + 1));
    const axisY = 34 + upDepth * step;
    const height = axisY + 30 + downDepth * step + (downDepth ? 14 : 0);
    const chart = s('svg', { class: 'chart timeline', width: w, height, viewBox: `0 0 ${w} ${height}`, role: 'group', 'aria-label': S.timeline });
    chart.append(label(x0, 10, S.draft, 'lane', 'start'));
    if (downDepth) chart.append(label(x0, height - 8, S.corpus, 'lane', 'start'));
    // Day ticks: at most about eight labels, whatever the span.
    const every = Math.max(1, Math.ceil((max - min) / 8));
    for (let n = Math.ceil(min); n <= max; n += every) {
      chart.append(s('line', { x1: x(n), x2: x(n), y1: axisY - 4, y2: axisY + 4, class: 'axis' }));
      chart.append(label(x(n), axisY + 14, fmtDate(dayIso(n)).slice(0, 6), 'tick', 'middle'));
    }
    chart.append(s('line', { x1: x0, x2: x1, y1: axisY, y2: axisY, class: 'axis' }));
    if (published !== null) {
      const px = x(published);
      chart.append(s('line', { x1: px, x2: px, y1: 16, y2: height - 4, class: 'published' }));
      const text = `${S.published} ${fmtDate(data.date)}`;
      const right = px + 10 + text.length * 6 < w;
      chart.append(label(right ? px + 4 : px - 4, 10, text, 'published-label', right ? 'start' : 'end'));
    }
    for (const m of up) {
      const { cx, d } = m;
      const cy = axisY - 18 - m.row * step;
      const g = s('g', { class: 'pt draft', 'data-kind': 'draft' });
      const tip = s('title');
      tip.textContent = `${d.text} → ${d.value}`;
      g.append(tip, s('rect', { x: cx - 8, y: cy - 9, width: 18, height: 18, rx: 3, class: 'hit' }));
      g.append(s('path', { d: `M ${cx} ${cy - 6} L ${cx + 6} ${cy} L ${cx} ${cy + 6} L ${cx - 6} ${cy} Z`, class: 'mark' }));
      g.append(label(m.right ? cx + 10 : cx - 10, cy, d.text, 'point-label', m.right ? 'start' : 'end'));
      activatable(g, d, `${S.draft}: ${d.text}, ${fmtDate(d.day)}`);
      chart.append(g);
    }
    for (const m of down) {
      const { cx, c, same } = m;
      const cy = axisY + 32 + m.row * step;
      const g = s('g', { class: `pt corpus ${same ? 'same-day' : 'related'}`, 'data-kind': 'corpus' });
      const what = same ? S.sameDay : S.relatedArticle;
      const tip = s('title');
      tip.textContent = `${origin(c)} · ${fmtDate(c.date)} (${what})\n${c.snippet}`;
      g.append(tip, s('rect', { x: cx - 8, y: cy - 9, width: 18, height: 18, rx: 3, class: 'hit' }));
      g.append(s('circle', { cx, cy, r: 5, class: 'mark' }));
      g.append(label(m.right ? cx + 10 : cx - 10, cy, origin(c), 'point-label', m.right ? 'start' : 'end'));
      activatable(g, c, `${S.corpus}: ${origin(c)}, ${fmtDate(c.date)}, ${what}: ${c.snippet}`);
      chart.append(g);
    }
    return chart;
  }

  // ---- Entities, sources and claims ----

  function entitiesSection() {
    const list = data.entities.slice(0, 40);
    if (!list.length) return section('entities', `${S.entities} (0)`, [h('p', { class: 'empty' }, S.noEntities)]);
    const most = Math.max(1, ...list.map((e) => e.corpusArticles));
    const table = h('table', { class: 'entities' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, S.mentions), h('th', { scope: 'col' }, S.corpusArticles))));
    const body = h('tbody');
    for (const e of list) {
      const bar = s('svg', { width: 120, height: 12, class: 'bar', 'aria-hidden': 'true' });
      if (e.corpusArticles) bar.append(s('rect', { x: 0, y: 2, width: Math.max(3, (e.corpusArticles / most) * 120), height: 8, rx: 2, class: `bar-${e.type}` }));
      body.append(
        h(
          'tr',
          {},
          h('td', {}, passageButton(e.mentions[0], `link type-${e.type}`, `${e.name}: ${e.mentions.length} ${S.mentions}, ${e.corpusArticles} ${S.corpusArticles}`, h('span', { class: 'type' }, e.type), ' ', e.name)),
          h('td', { class: 'num' }, `${e.mentions.length}×`),
          h('td', { class: 'num' }, bar, ` ${e.corpusArticles}`),
        ),
      );
    }
    table.append(body);
    return section('entities', `${S.entities} (${data.entities.length})`, [table]);
  }

  function sourcesSection() {
    const list = data.sources;
    const body = list.length
      ? [
          h(
            'div',
            { class: 'chips' },
            list.map((src) => {
              const note = src.kind === 'source' ? '' : ` · ${src.kind === 'vague' ? S.vague : S.hearsay}`;
              return passageButton(src.mentions[0], `chip ${src.kind}`, `${src.label}${note}, ${src.mentions.length}×`, src.kind === 'source' ? '' : '⚠ ', src.label, h('span', { class: 'muted' }, ` ${src.mentions.length}×${note}`));
            }),
          ),
        ]
      : [h('p', { class: 'empty' }, S.noSources)];
    return section('sources', `${S.sources} (${list.length})`, body);
  }

  function claimsSection() {
    const list = data.claims;
    const body = list.length
      ? [h('ul', { class: 'claims' }, list.map((c) => h('li', {}, passageButton(c, `claim ${c.vague ? 'vague' : 'unsourced'}`, `${c.vague ? S.vague + ': ' : ''}${c.text}`, c.text))))]
      : [h('p', { class: 'empty' }, S.noClaims)];
    return section('claims', `${S.claims} (${list.length})`, body);
  }

  function section(id, title, body) {
    return h('section', { class: 'block', id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...body);
  }

  function header() {
    const title = data.title || fileName(data.uri);
    const chips = [];
    if (data.date) chips.push(h('span', { class: 'badge' }, fmtDate(data.date)));
    chips.push(h('span', { class: 'badge' + (data.findings.length ? ' warn' : '') }, `${data.findings.length} ${S.findings}`));
    const head = h('header', {}, h('h1', {}, title), h('div', { class: 'meta' }, chips));
    if (data.indexing) head.append(h('p', { class: 'note' }, S.indexing));
    return head;
  }

  function render() {
    width = app.clientWidth;
    // Focus survives a re-render when the same mark is drawn again, so typing in the draft does not throw the reader out.
    const focused = document.activeElement && document.activeElement.getAttribute && document.activeElement.getAttribute('aria-label');
    app.replaceChildren();
    if (!data) return app.append(h('p', { class: 'empty big' }, S.noDraft || ''));
    if (!data.analysed) return app.append(h('p', { class: 'empty big' }, S.notAnalysed || ''));
    const w = Math.max(380, Math.min(width, 980));
    app.append(header(), figuresSection(w), timelineSection(w), entitiesSection(), sourcesSection(), claimsSection());
    if (focused) {
      const again = [...app.querySelectorAll('[aria-label]')].find((n) => n.getAttribute('aria-label') === focused);
      if (again && again.focus) again.focus({ preventScroll: true });
    }
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'strings' && m.strings && typeof m.strings === 'object') S = m.strings;
    else if (m.type === 'data') data = m.data || null;
    else return;
    render();
  });

  let pending = 0;
  new ResizeObserver(() => {
    if (Math.abs(app.clientWidth - width) < 8) return;
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(render);
  }).observe(app);

  vscode.postMessage({ type: 'ready' });
})();
