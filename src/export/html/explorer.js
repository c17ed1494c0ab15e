// newsgraph explorer: draws the embedded graph with Cytoscape.js at the positions newsgraph
// computed, and shows the evidence behind each link. Text from the graph only ever enters
// the page through textContent; links are made only of http(s) URLs.
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('data').textContent);
  var G = DATA.graph;
  // Evidence is by reference (graph.json's evidence_windows and evidence_documents):
  // an evidence record names a window, the window its document.
  var WINDOWS = G.graph.evidence_windows || [];
  var DOCUMENTS = G.graph.evidence_documents || [];
  function resolve(v) {
    var w = WINDOWS[v.window] || {};
    var d = DOCUMENTS[w.document] || {};
    return {
      text: w.text || '', start: w.start, end: w.end,
      document: d.id, date: d.date, title: d.title, url: d.url,
      forms: v.forms, relation: v.relation, cue: v.cue, planned: v.planned, kind: v.kind, cameo: v.cameo
    };
  }
  var MET = '#882255';
  var GREY = '#999999';
  var TYPES = {
    person: { fill: '#77AADD', shape: 'ellipse' },
    country: { fill: '#44BB99', shape: 'rectangle' },
    organization: { fill: '#EE8866', shape: 'hexagon' },
    place: { fill: '#DDDDDD', shape: 'pentagon' }
  };
  var OTHER = { fill: '#FFFFFF', shape: 'ellipse' };
  var CATEGORY_NAMES = { met: 'met', co_mention: 'co-mention only', affiliation: 'affiliation only' };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function typeOf(t) { return TYPES[t] || OTHER; }
  // A link's category by the counts shown (the whole corpus, or the date range).
  function category(e, c) {
    if (c.met > 0) return 'met';
    if (c.weight === 0 && e.affiliation) return 'affiliation';
    return 'co_mention';
  }
  function totals(e) { return { weight: e.weight, met: e.relations && e.relations.met || 0, documents: e.documents }; }
  // The counts of the days in [from, to] of a timeline of [day, a, b, c] (see graph.json).
  function sumDays(timeline, from, to) {
    var sum = [0, 0, 0];
    (timeline || []).forEach(function (d) {
      if (d[0] >= from && d[0] <= to) { sum[0] += d[1]; sum[1] += d[2]; sum[2] += d[3]; }
    });
    return sum;
  }
  function day(d) { return typeof d === 'string' ? d.slice(0, 10) : null; }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  document.getElementById('title').textContent = DATA.title;
  document.getElementById('caption').textContent = DATA.caption;

  // Indexes.
  var index = new Map();
  G.nodes.forEach(function (n, i) { if (!index.has(n.id)) index.set(n.id, i); });
  var links = []; // {k, a, b, e, c: the counts shown, cat}
  var byNode = G.nodes.map(function () { return []; });
  G.edges.forEach(function (e, k) {
    var a = index.get(e.source), b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) return;
    var c = totals(e);
    var link = { k: k, a: a, b: b, e: e, c: c, cat: category(e, c) };
    links.push(link);
    byNode[a].push(link);
    byNode[b].push(link);
  });
  var linkById = new Map(links.map(function (l) { return ['e' + l.k, l]; }));
  // The slider runs over the days of the dated documents (graph.json's per-day counts).
  var allDates = (G.graph.timeline || []).map(function (d) { return d[0]; });
  var maxWeight = links.reduce(function (m, l) { return Math.max(m, l.e.weight); }, 1);
  function width(weight) { return Math.round((weight > 0 ? 1 + 4 * Math.sqrt(weight / maxWeight) : 1) * 10) / 10; }

  // The drawing.
  var elements = [];
  G.nodes.forEach(function (n, i) {
    if (index.get(n.id) !== i) return;
    var p = DATA.positions[i] || [0, 0];
    elements.push({ group: 'nodes', data: { id: 'n' + i, label: n.id, type: n.type }, position: { x: p[0], y: p[1] } });
  });
  links.forEach(function (l) {
    elements.push({ group: 'edges', data: { id: 'e' + l.k, source: 'n' + l.a, target: 'n' + l.b, cat: l.cat, w: width(l.c.weight) } });
  });
  var big = links.length > 5000;
  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    autoungrabify: true,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: big,
    style: [
      { selector: 'node', style: {
        'background-color': OTHER.fill, 'shape': OTHER.shape,
        'width': 16, 'height': 16, 'border-width': 1, 'border-color': '#555555',
        'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        'min-zoomed-font-size': 7
      } },
    ].concat(Object.keys(TYPES).map(function (t) {
      // One selector per type: plain values style 20,000 elements much faster than functions.
      return { selector: 'node[type = "' + t + '"]', style: { 'background-color': TYPES[t].fill, 'shape': TYPES[t].shape } };
    })).concat([
      { selector: 'edge', style: {
        'line-color': GREY, 'width': 'data(w)', 'curve-style': big ? 'haystack' : 'straight', 'opacity': big ? 0.3 : 0.8
      } },
      { selector: 'edge[cat = "met"]', style: { 'line-color': MET, 'line-style': 'solid', 'opacity': 1 } },
      { selector: 'edge[cat = "co_mention"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
      { selector: 'edge[cat = "affiliation"]', style: { 'line-style': 'dotted' } },
      { selector: 'node.focus', style: { 'border-width': 3, 'width': 22, 'height': 22 } },
      { selector: '.faded', style: { 'opacity': 0.12 } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: 'node.chosen', style: { 'border-width': 3, 'border-color': MET, 'font-weight': 'bold' } },
      { selector: 'edge.chosen', style: { 'overlay-color': '#d4a017', 'overlay-opacity': 0.35, 'overlay-padding': 4, 'z-index': 10 } },
      { selector: 'node.near', style: { 'border-width': 2, 'border-color': MET } },
      { selector: ':selected', style: { 'overlay-opacity': 0 } }
    ])
  });
  if (DATA.focus !== null && index.has(DATA.focus)) cy.$id('n' + index.get(DATA.focus)).addClass('focus');

  // The side panel.
  var panel = document.getElementById('panel');
  var chosen = null; // {node: i} or {link: l}

  // Highlighting: a small graph fades everything else; a big one (restyling tens of
  // thousands of elements takes seconds) only marks the chosen elements.
  var fadeAll = cy.elements().length <= 4000;
  var lit = cy.collection();
  function light(focus, near) {
    cy.batch(function () {
      lit.removeClass('chosen near');
      if (fadeAll) {
        cy.elements().addClass('faded');
        near.removeClass('faded');
        focus.removeClass('faded');
      }
      near.addClass('near');
      focus.addClass('chosen');
    });
    lit = focus.union(near);
  }

  function clearChoice() {
    chosen = null;
    cy.batch(function () {
      lit.removeClass('chosen near');
      if (fadeAll) cy.elements().removeClass('faded');
    });
    lit = cy.collection();
    panel.replaceChildren(el('p', 'Click an entity to list its neighbours, or a link to read the sentences behind it.', 'hint'));
  }

  // Meetings per kind; kinds are not kept per day, so a range shows them only when it
  // holds all of the link's meetings.
  function meetingsText(l) {
    var e = l.e;
    if (l.c.met !== (e.relations.met || 0)) return '';
    var kinds = Object.keys(e.meetings || {}).sort();
    return kinds.map(function (k) { return e.meetings[k] + ' ' + k; }).join(', ');
  }

  function selectNode(i) {
    var n = G.nodes[i];
    chosen = { node: i };
    var node = cy.$id('n' + i);
    light(node, node.neighborhood());
    var body = [el('h2', n.id)];
    var facts;
    if (filter.allDates) {
      facts = n.type + ', ' + plural(n.mentions, 'mention') + ' in ' + plural(n.documents, 'document');
      if (n.first_seen) facts += ', ' + n.first_seen + (n.last_seen && n.last_seen !== n.first_seen ? ' to ' + n.last_seen : '');
    } else {
      var r = sumDays(n.timeline, filter.from, filter.to);
      facts = n.type + ', ' + plural(r[0], 'mention') + ' in ' + plural(r[2], 'document') + ' dated ' + filter.from + ' to ' + filter.to;
    }
    body.push(el('p', facts, 'meta'));
    var aliases = Object.keys(n.aliases || {}).sort();
    if (aliases.length) body.push(el('p', 'Written as: ' + aliases.map(function (a) { return a + ' (' + n.aliases[a] + ')'; }).join(', '), 'meta'));
    if (n.affiliations && n.affiliations.length) body.push(el('p', 'Belongs to: ' + n.affiliations.join(', '), 'meta'));
    var shown = byNode[i].filter(visible).sort(function (x, y) {
      return (y.c.weight - x.c.weight) || (y.c.met - x.c.met) ||
        other(x, i).localeCompare(other(y, i));
    });
    body.push(el('h3', plural(shown.length, 'neighbour') + (shown.length < byNode[i].length ? ' (of ' + byNode[i].length + '; the filters hide the rest)' : '')));
    var table = el('table');
    table.id = 'neighbours';
    var head = el('tr');
    ['entity', 'type', 'weight', 'met', 'meetings', 'docs'].forEach(function (h, c) { head.appendChild(el('th', h, c === 2 || c === 3 || c === 5 ? 'num' : '')); });
    table.appendChild(head);
    shown.forEach(function (l) {
      var j = l.a === i ? l.b : l.a;
      var row = el('tr', null, 'link');
      row.dataset.edge = 'e' + l.k;
      row.title = 'show the evidence of this link';
      row.appendChild(el('td', G.nodes[j].id));
      row.appendChild(el('td', G.nodes[j].type));
      row.appendChild(el('td', l.c.weight, 'num'));
      row.appendChild(el('td', l.c.met, 'num'));
      row.appendChild(el('td', meetingsText(l)));
      row.appendChild(el('td', l.c.documents, 'num'));
      row.addEventListener('click', function () { selectLink(l); });
      table.appendChild(row);
    });
    body.push(table);
    panel.replaceChildren.apply(panel, body);
  }

  function other(l, i) { return G.nodes[l.a === i ? l.b : l.a].id; }

  // The sentence with every occurrence of the two surface forms marked.
  function marked(text, forms) {
    var lower = text.toLowerCase();
    var ranges = [];
    (forms || []).forEach(function (f) {
      var needle = String(f).toLowerCase();
      if (!needle) return;
      var at = lower.indexOf(needle);
      while (at >= 0) { ranges.push([at, at + needle.length]); at = lower.indexOf(needle, at + needle.length); }
    });
    ranges.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var quote = el('blockquote');
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) return;
      quote.appendChild(document.createTextNode(text.slice(pos, r[0])));
      quote.appendChild(el('mark', text.slice(r[0], r[1])));
      pos = r[1];
    });
    quote.appendChild(document.createTextNode(text.slice(pos)));
    return quote;
  }

  function safeUrl(u) {
    try {
      var url = new URL(u);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (err) { return null; }
  }

  function selectLink(l) {
    chosen = { link: l };
    var edge = cy.$id('e' + l.k);
    light(edge, edge.connectedNodes());
    var e = l.e;
    var body = [el('h2', G.nodes[l.a].id + ' \u2014 ' + G.nodes[l.b].id)];
    body[0].id = 'link-title';
    var c = l.c;
    var facts = [CATEGORY_NAMES[l.cat], 'weight ' + c.weight + ' (sentences naming both)', plural(c.documents, 'document')];
    if (c.met > 0) facts.push('met ' + c.met + (meetingsText(l) ? ' (' + meetingsText(l) + ')' : ''));
    if (!filter.allDates) facts.push('in the documents dated ' + filter.from + ' to ' + filter.to);
    else if (e.first_seen) facts.push(e.first_seen + (e.last_seen && e.last_seen !== e.first_seen ? ' to ' + e.last_seen : ''));
    body.push(el('p', facts.join('; '), 'meta'));
    if (e.affiliation) {
      body.push(el('p', e.affiliation.member + ' belongs to ' + e.affiliation.of + ' (from ' + e.affiliation.sources.join(' and ') + ')', 'meta'));
    }
    var evidence = (e.evidence || []).map(resolve).filter(function (v) {
      return filter.allDates || (day(v.date) && day(v.date) >= filter.from && day(v.date) <= filter.to);
    });
    body.push(el('h3', evidence.length ? 'Evidence: ' + plural(evidence.length, 'sentence') + (evidence.length < c.weight ? ' of ' + c.weight + ' (the earliest, and every meeting kept)' : '') : 'No sentence kept names both' + (filter.allDates ? '' : ' in the range')));
    var list = el('div');
    list.id = 'evidence';
    evidence.forEach(function (v) {
      var box = el('div', null, 'evidence' + (v.relation === 'met' ? ' met' : ''));
      box.appendChild(marked(v.text, v.forms));
      if (v.relation === 'met') {
        var tags = el('p');
        tags.appendChild(el('span', v.planned ? 'met (planned)' : 'met', 'tag'));
        if (v.kind) tags.appendChild(el('span', 'kind: ' + v.kind, 'tag'));
        if (v.cameo) tags.appendChild(el('span', 'CAMEO ' + v.cameo, 'tag'));
        if (v.cue) tags.appendChild(el('span', 'cue: \u201c' + v.cue + '\u201d', 'tag'));
        tags.appendChild(el('span', v.planned ? 'planned: yes' : 'planned: no', 'tag'));
        box.appendChild(tags);
      }
      var meta = el('p', null, 'meta');
      meta.appendChild(document.createTextNode(v.document + ' [' + v.start + '\u2013' + v.end + ']'));
      if (v.date) meta.appendChild(document.createTextNode(' \u00b7 ' + v.date));
      if (v.title) meta.appendChild(document.createTextNode(' \u00b7 ' + v.title));
      var href = v.url ? safeUrl(v.url) : null;
      if (href) {
        meta.appendChild(document.createTextNode(' \u00b7 '));
        var a = el('a', v.url);
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        meta.appendChild(a);
      } else if (v.url) {
        meta.appendChild(document.createTextNode(' \u00b7 ' + v.url));
      }
      box.appendChild(meta);
      list.appendChild(box);
    });
    body.push(list);
    panel.replaceChildren.apply(panel, body);
  }

  cy.on('tap', 'node', function (evt) { selectNode(Number(evt.target.id().slice(1))); });
  cy.on('tap', 'edge', function (evt) { selectLink(linkById.get(evt.target.id())); });
  cy.on('tap', function (evt) { if (evt.target === cy) clearChoice(); });

  // Search by name or alias: exact, then prefix, then substring, best-connected first.
  var names = [];
  G.nodes.forEach(function (n, i) {
    if (index.get(n.id) !== i) return;
    names.push([n.id.toLowerCase(), i]);
    Object.keys(n.aliases || {}).forEach(function (a) { names.push([a.toLowerCase(), i]); });
  });
  var degree = G.nodes.map(function (n, i) { return byNode[i].reduce(function (s, l) { return s + l.e.weight; }, 0); });
  var datalist = document.getElementById('names');
  Array.from(new Set(G.nodes.map(function (n) { return n.id; }))).sort().forEach(function (id) {
    var o = el('option');
    o.value = id;
    datalist.appendChild(o);
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (s) { return s === q; },
      function (s) { return s.startsWith(q); },
      function (s) { return s.split(/[\s\-]+/).indexOf(q) >= 0; },
      function (s) { return s.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      var hits = names.filter(function (p) { return tests[t](p[0]); }).map(function (p) { return p[1]; });
      if (hits.length) {
        hits.sort(function (x, y) { return degree[y] - degree[x] || G.nodes[x].id.localeCompare(G.nodes[y].id); });
        return hits[0];
      }
    }
    return null;
  }
  var searchBox = document.getElementById('search');
  var searchResult = document.getElementById('search-result');
  function search() {
    var i = find(searchBox.value);
    if (i === null) {
      searchResult.textContent = searchBox.value.trim() ? 'No entity is called \u201c' + searchBox.value.trim() + '\u201d.' : '';
      return;
    }
    searchResult.textContent = G.nodes[i].id + ' (' + G.nodes[i].type + ')';
    var node = cy.$id('n' + i);
    if (node.hasClass('hidden')) reset();
    selectNode(i);
    // A small neighbourhood is zoomed to; a big one spans the graph, so the view centres
    // on the entity at a zoom where labels are readable.
    var hood = node.closedNeighborhood().filter(':visible');
    if (hood.nodes().length <= 40) {
      cy.fit(hood, 40);
    } else {
      cy.zoom(1.2);
      cy.center(node);
    }
  }
  searchBox.addEventListener('keydown', function (evt) { if (evt.key === 'Enter') search(); });
  searchBox.addEventListener('change', search);
  document.getElementById('go').addEventListener('click', search);

  // Filters.
  var typeBox = document.getElementById('types');
  var typeCounts = {};
  G.nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  Object.keys(typeCounts).sort().forEach(function (t) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = t;
    label.appendChild(box);
    var shape = el('span', null, 'shape ' + (TYPES[t] ? t : 'other'));
    shape.style.background = typeOf(t).fill;
    label.appendChild(document.createTextNode(' '));
    label.appendChild(shape);
    label.appendChild(document.createTextNode(t + ' (' + typeCounts[t] + ')'));
    typeBox.appendChild(label);
  });
  var weight = document.getElementById('weight');
  weight.max = String(maxWeight);
  var from = document.getElementById('date-from');
  var to = document.getElementById('date-to');
  if (allDates.length) {
    from.max = to.max = String(allDates.length - 1);
    to.value = String(allDates.length - 1);
  } else {
    document.getElementById('dates').replaceChildren(el('legend', 'Dates'), el('p', G.graph.timeline ? 'No document is dated.' : 'This graph has no per-day counts: rebuild it with this newsgraph to filter by date.', 'hint'));
  }
  var filter = {};
  function readFilters() {
    filter.types = new Set(Array.from(typeBox.querySelectorAll('input:checked')).map(function (b) { return b.value; }));
    filter.relations = new Set(Array.from(document.querySelectorAll('#relations input:checked')).map(function (b) { return b.value; }));
    filter.weight = Number(weight.value);
    var lo = Math.min(Number(from.value), Number(to.value));
    var hi = Math.max(Number(from.value), Number(to.value));
    filter.from = allDates[lo];
    filter.to = allDates[hi];
    filter.allDates = !allDates.length || (lo === 0 && hi === allDates.length - 1);
    filter.edgesActive = filter.relations.size < 3 || filter.weight > 0 || !filter.allDates;
    document.getElementById('weight-value').textContent = String(filter.weight);
    var dv = document.getElementById('date-value');
    if (dv) dv.textContent = allDates.length ? filter.from + ' to ' + filter.to : '';
  }
  // The counts of each link in the date range (the totals, undated documents included,
  // when the range is every date), and its category by them.
  var countedFrom = null, countedTo = null;
  function count() {
    var from = filter.allDates ? null : filter.from, to = filter.allDates ? null : filter.to;
    if (from === countedFrom && to === countedTo) return false;
    countedFrom = from;
    countedTo = to;
    links.forEach(function (l) {
      if (from === null) {
        l.c = totals(l.e);
      } else {
        var r = sumDays(l.e.timeline, from, to);
        l.c = { weight: r[0], met: r[1], documents: r[2] };
      }
      l.cat = category(l.e, l.c);
    });
    return true;
  }
  function visible(l) {
    return filter.relations.has(l.cat) &&
      (l.c.weight + l.c.met > 0 || l.e.affiliation || filter.allDates) &&
      (l.cat !== 'co_mention' || l.c.weight >= filter.weight) &&
      filter.types.has(G.nodes[l.a].type) && filter.types.has(G.nodes[l.b].type);
  }
  function apply() {
    readFilters();
    var recounted = count();
    var shownNode = G.nodes.map(function () { return false; });
    cy.batch(function () {
      links.forEach(function (l) {
        var show = visible(l);
        var edge = cy.$id('e' + l.k);
        if (recounted) edge.data({ cat: l.cat, w: width(l.c.weight) });
        edge.toggleClass('hidden', !show);
        if (show) { shownNode[l.a] = true; shownNode[l.b] = true; }
      });
      G.nodes.forEach(function (n, i) {
        if (index.get(n.id) !== i) return;
        var show = filter.types.has(n.type) && (!filter.edgesActive || shownNode[i]);
        cy.$id('n' + i).toggleClass('hidden', !show);
      });
    });
    if (chosen && chosen.node !== undefined) selectNode(chosen.node);
    else if (chosen && chosen.link) selectLink(chosen.link);
  }
  function reset() {
    document.querySelectorAll('#controls input[type=checkbox]').forEach(function (b) { b.checked = true; });
    weight.value = '0';
    from.value = '0';
    to.value = String(Math.max(allDates.length - 1, 0));
    apply();
  }
  document.getElementById('controls').addEventListener('input', function (evt) {
    if (evt.target !== searchBox) apply();
  });
  document.getElementById('reset').addEventListener('click', function () {
    reset();
    clearChoice();
    cy.fit(undefined, 30);
  });

  // The legend.
  var legend = document.getElementById('legend');
  legend.appendChild(el('strong', 'Legend'));
  Object.keys(TYPES).forEach(function (t) {
    var row = el('div');
    var shape = el('span', null, 'shape ' + t);
    shape.style.background = TYPES[t].fill;
    row.appendChild(shape);
    row.appendChild(document.createTextNode(t));
    legend.appendChild(row);
  });
  [['met', 'met (solid, wine)'], ['co_mention', 'mentioned together (dashed)'], ['affiliation', 'affiliation (dotted)']].forEach(function (p) {
    var row = el('div');
    row.appendChild(el('span', null, 'swatch ' + p[0]));
    row.appendChild(document.createTextNode(' ' + p[1]));
    legend.appendChild(row);
  });
  legend.appendChild(el('div', 'thicker = more sentences'));

  readFilters();
  window.newsgraph = { cy: cy, find: find };
  document.body.dataset.ready = 'true';
})();
