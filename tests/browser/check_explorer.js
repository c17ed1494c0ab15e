// Loads graph.html in the system's headless Chromium (driven over the DevTools protocol by
// puppeteer-core, which downloads no browser) and uses it as a reader would: search
// "Blinken", open his link to Shoukry, read the evidence; checks there are no console errors
// and no network requests, and that a screenshot is not blank.
//
// With a fourth argument, the graph.html of a small dated corpus: the date slider leaves
// out the links of earlier documents, and the evidence links the document's URL.
//
// usage: node check_explorer.js CHROMIUM GRAPH_HTML SCREENSHOT_PNG [DATED_HTML]
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const [chromium, html, screenshot, dated] = process.argv.slice(2);
if (!chromium || !html || !screenshot) {
  console.error('usage: node check_explorer.js CHROMIUM GRAPH_HTML SCREENSHOT_PNG');
  process.exit(2);
}

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 860 });
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const network = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('about:')) network.push(url);
    });

    await page.goto('file://' + path.resolve(html), { waitUntil: 'load', timeout: 60000 });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
    check(true, 'the page loads and draws the graph');
    const title = await page.$eval('#title', (e) => e.textContent);
    check(/entities/.test(title), `the title says what is drawn: ${title}`);

    // Search a name.
    await page.type('#search', 'Blinken');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#neighbours', { timeout: 10000 });
    const found = await page.$eval('#search-result', (e) => e.textContent);
    check(found.includes('Antony Blinken'), `search "Blinken" finds ${found}`);
    const rows = await page.$$eval('#neighbours tr.link', (trs) => trs.map((tr) => tr.textContent));
    check(rows.some((r) => r.includes('Sameh Shoukry')), `Blinken's neighbours list Sameh Shoukry (${rows.length} neighbours)`);

    // Click his link to Shoukry: in the neighbour list, then on the drawing itself.
    const row = await page.evaluateHandle(() =>
      Array.from(document.querySelectorAll('#neighbours tr.link')).find((tr) => tr.textContent.includes('Sameh Shoukry')));
    await row.click();
    await page.waitForSelector('#evidence', { timeout: 10000 });
    const linkTitle = await page.$eval('#link-title', (e) => e.textContent);
    check(linkTitle === 'Antony Blinken \u2014 Sameh Shoukry', `the evidence panel is about ${linkTitle}`);
    const evidence = await page.$eval('#evidence', (e) => e.textContent);
    const sentence = 'Blinken is set to meet with Egyptian Foreign Minister Sameh Shoukry';
    check(evidence.includes(sentence), 'the evidence panel shows the sentence');
    const marks = await page.$$eval('#evidence mark', (ms) => ms.map((m) => m.textContent));
    check(marks.includes('Blinken') && marks.includes('Sameh Shoukry'), `the entities are marked: ${marks.slice(0, 4).join(', ')}`);
    check(/CAMEO 0\d\d/.test(evidence) && /planned: yes/.test(evidence) && evidence.includes('000_51bb5d51aefbd0d7'),
      'the evidence shows document, CAMEO code and planned flag');
    check(evidence.includes('2024-03-21') && evidence.includes('Blinken arrives in Cairo'),
      'the evidence gives the date and title from corpus/metadata.csv');

    // The same link clicked on the canvas, at its midpoint.
    const mid = await page.evaluate(() => {
      const cy = window.newsgraph.cy;
      const edge = cy.edges().filter((e) =>
        [e.source().data('label'), e.target().data('label')].sort().join('|') === 'Antony Blinken|Sameh Shoukry')[0];
      cy.fit(edge.connectedNodes(), 200);
      const p = edge.renderedMidpoint();
      const box = document.getElementById('graph').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.evaluate(() => document.querySelector('#panel').replaceChildren());
    await page.mouse.click(mid.x, mid.y);
    const clicked = await page.waitForSelector('#link-title', { timeout: 5000 }).then(() => page.$eval('#link-title', (e) => e.textContent), () => '');
    check(clicked.includes('Antony Blinken') && clicked.includes('Sameh Shoukry'), `a click on the drawn link opens its evidence (${clicked || 'nothing'})`);

    // Filters: met links only.
    await page.click('#relations input[value="co_mention"]');
    await page.click('#relations input[value="affiliation"]');
    const shown = await page.evaluate(() => {
      const edges = window.newsgraph.cy.edges().filter((e) => !e.hasClass('hidden'));
      return { total: edges.length, met: edges.filter((e) => e.data('cat') === 'met').length };
    });
    check(shown.total > 0 && shown.total === shown.met, `"met" alone leaves only met links (${shown.met} of ${shown.total})`);
    await page.click('#relations input[value="co_mention"]');
    await page.click('#relations input[value="affiliation"]');

    // A screenshot with the evidence panel open, and not blank.
    await page.click('#go'); // search Blinken again: his neighbourhood, zoomed to
    await page.waitForSelector('#neighbours', { timeout: 10000 });
    const again = await page.evaluateHandle(() =>
      Array.from(document.querySelectorAll('#neighbours tr.link')).find((tr) => tr.textContent.includes('Sameh Shoukry')));
    await again.click();
    await page.waitForSelector('#evidence', { timeout: 10000 });
    await page.screenshot({ path: screenshot });
    const png = fs.readFileSync(screenshot).toString('base64');
    const colours = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + data;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
      const seen = new Set();
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4 * 7) {
        seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) dark++;
      }
      return { distinct: seen.size, dark };
    }, png);
    check(colours.distinct > 50 && colours.dark > 1000, `the screenshot is not blank (${colours.distinct} colours) -> ${screenshot}`);

    if (dated) {
      await page.goto('file://' + path.resolve(dated), { waitUntil: 'load', timeout: 60000 });
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
      const range = await page.$eval('#date-value', (e) => e.textContent);
      check(range === '2024-03-01 to 2024-03-20', `the date slider spans the documents' dates (${range})`);
      const links = () => page.evaluate(() => window.newsgraph.cy.edges().filter((e) => !e.hasClass('hidden'))
        .map((e) => [e.source().data('label'), e.target().data('label')].sort().join(' | ')).sort());
      const before = await links();
      await page.$eval('#date-from', (e) => { e.value = '1'; e.dispatchEvent(new Event('input', { bubbles: true })); });
      const after = await links();
      const range2 = await page.$eval('#date-value', (e) => e.textContent);
      check(before.includes('Antony Blinken | Sameh Shoukry') && !after.includes('Antony Blinken | Sameh Shoukry') &&
        after.includes('Benjamin Netanyahu | Yoav Gallant') && after.includes('Antony Blinken | Benjamin Netanyahu'),
        `from 2024-03-10 the links of 2024-03-01 are hidden (${range2}: ${after.length} of ${before.length} links)`);
      // The slider recounts: Blinken and Netanyahu share a sentence on 03-01, 03-20 and in
      // an undated note; from 03-10 the weight is that of 03-20 alone.
      const blinkenRow = () => page.evaluate(() => {
        const tr = Array.from(document.querySelectorAll('#neighbours tr.link')).find((r) => r.textContent.includes('Antony Blinken'));
        return tr ? [tr.children[2].textContent, tr.children[3].textContent] : null;
      });
      await page.type('#search', 'Netanyahu');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#neighbours tr.link', { timeout: 10000 });
      const inRange = await blinkenRow();
      await page.$eval('#date-from', (e) => { e.value = '0'; e.dispatchEvent(new Event('input', { bubbles: true })); });
      const whole = await blinkenRow();
      check(JSON.stringify(inRange) === '["1","1"]' && JSON.stringify(whole) === '["3","2"]',
        `the slider recounts weight and meetings over its range (Blinken-Netanyahu from 2024-03-10: ${inRange}; all: ${whole})`);
      await page.$eval('#search', (e) => { e.value = ''; });
      await page.type('#search', 'Shoukry');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#neighbours tr.link', { timeout: 10000 });
      await page.evaluate(() => Array.from(document.querySelectorAll('#neighbours tr.link'))
        .find((tr) => tr.textContent.includes('Antony Blinken')).click());
      await page.waitForSelector('#evidence', { timeout: 10000 });
      const link = await page.$eval('#evidence a', (a) => [a.href, a.textContent]).catch(() => ['', '']);
      const meta = await page.$eval('#evidence .meta', (e) => e.textContent);
      check(link[0] === 'https://example.org/a' && meta.includes('2024-03-01') && meta.includes('Talks in Cairo'),
        `the evidence gives date, title and a link to the URL (${meta})`);
    }

    check(problems.length === 0, `no console errors${problems.length ? ': ' + problems.join('; ') : ''}`);
    check(network.length === 0, `no network requests${network.length ? ': ' + network.join(', ') : ''}`);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`browser test: ${failures.length} check(s) failed`);
    process.exit(1);
  }
  console.log('browser test: ok');
})().catch((e) => {
  console.error(`browser test failed: ${e.stack || e}`);
  process.exit(1);
});
