// Browser test of the page `covidmaps portal` writes, run by PortalBrowserIT in headless Debian chromium.
// SCENARIO=phone: a 390×844 phone opens the page itself (what an SMS link does); the lists, search, "Gần tôi",
//   summary, what's new, English, keyboard and contrast, page weight and every request's host are checked
//   against EXPECTED (a JSON of figures PortalBrowserIT counted in PostGIS).
// SCENARIO=embedded: at 1280×800 the page runs in an iframe of a page from another origin, finds a report
//   newer than its config.js in the WMS capabilities, shows popups (GetFeatureInfo) and travels in time; the
//   tiles of two dates at the same place come from GeoWebCache and differ.
// Environment: SCENARIO, PAGE_URL (the page, or the embedding page), EXPECTED, ARTIFACTS (screenshots), CHROMIUM.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};
const scenario = env('SCENARIO');
const expected = JSON.parse(env('EXPECTED'));
const artifacts = env('ARTIFACTS');
mkdirSync(artifacts, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'covidmaps-chromium-'));
const checks = [];
const check = (ok, what) => {
  checks.push(what);
  if (!ok) throw new Error(`FAILED: ${what}`);
  console.log(`  ok: ${what}`);
};
const phone = scenario === 'phone';
const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };

// a fresh profile, and no background traffic from Chromium itself
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport,
  ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1, permissions: ['geolocation'],
    geolocation: { latitude: expected.near.lat, longitude: expected.near.lon, accuracy: 20 } } : {}),
  locale: 'vi-VN',
});
try {
  const page = await browser.newPage();
  // counts the page's questions for the position (the permission is granted, so only the page's restraint keeps it from asking)
  await page.addInitScript(() => {
    window.positionAsked = 0;
    const ask = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => { window.positionAsked++; return ask(...args); };
    navigator.geolocation.watchPosition = () => { window.positionAsked++; return 0; };
  });
  const problems = [];
  const requests = [];
  const responses = [];
  const tiles = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource')
    && problems.push(`console: ${message.text()}`));
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() || '' }));
  page.on('response', async (response) => {
    const url = response.url();
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${url}`);
    if (url.startsWith('data:')) return;
    let body = Buffer.alloc(0);
    try { body = await response.body(); } catch (e) { /* redirects and aborted tiles have none */ }
    // what came over the wire (compressed where the server compresses), as the page weight budget counts it
    let wire = body.length;
    try { wire = (await response.request().sizes()).responseBodySize; } catch (e) { /* keep the decoded size */ }
    const entry = { url, bytes: wire, decoded: body.length, cache: response.headers()['geowebcache-cache-result'], hash: createHash('sha1').update(body).digest('hex') };
    if (/request=GetFeatureInfo/i.test(url)) entry.popup = popupAnswer(url, body);
    (/\/gwc\/service\/wmts/i.test(url) ? tiles : responses).push(entry);
  });

  if (phone) await phoneScenario(page, requests, responses, tiles);
  else await embeddedScenario(page, responses, tiles);
  check(problems.length === 0, `no script errors or failed requests in the page ${JSON.stringify(problems)}`);
  console.log(`portal browser checks: all ${checks.length} ok`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

/** What a GetFeatureInfo of the popup asked for (narrow: only the popup's attributes) and what came back. */
function popupAnswer(url, body) {
  const narrow = /[?&]propertyname=/i.test(url);
  try {
    const features = JSON.parse(body.toString('utf8')).features;
    return { narrow, features: features.length, geometries: features.filter((feature) => feature.geometry).length };
  } catch (e) {
    return { narrow, refused: body.toString('utf8').includes('ServiceException') };
  }
}

/** The page is ready: data of the date listed, no tile loading, some tiles painted. */
function settled(frame) {
  return frame.waitForFunction(() => window.covidmaps && document.body.dataset.datesChecked
    && document.body.dataset.dataDate === window.covidmaps.reportDate()
    && !window.covidmaps.tiles.isLoading() && document.querySelectorAll('img.leaflet-tile-loaded').length > 0,
  null, { timeout: 60000 });
}

/** Waits until no tile is loading, so a screenshot shows the map as a visitor sees it. */
function tilesDrawn(frame) {
  return frame.waitForFunction(() => !window.covidmaps.tiles.isLoading() && !(window.covidmaps.baseLayer && window.covidmaps.baseLayer.isLoading()),
    null, { timeout: 30000 });
}

async function popupText(frame) {
  await frame.waitForSelector('.leaflet-popup-content .covidmaps-popup', { timeout: 30000 });
  await frame.waitForTimeout(600); // the popup fades in and the map pans to show it
  return frame.locator('.leaflet-popup-content').innerText();
}

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
function contrastOf(frame, selector) {
  return frame.$eval(selector, (node) => {
    const rgb = (value) => value.match(/[\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => {
      const [R, G, B] = [r, g, b].map((c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    let background = null;
    for (let at = node; at && !background; at = at.parentElement) {
      const value = getComputedStyle(at).backgroundColor;
      const parts = rgb(value);
      if (parts.length < 4 || parts[3] > 0.9) background = parts;
    }
    const fore = luminance(rgb(getComputedStyle(node).color));
    const back = luminance(background || [255, 255, 255]);
    return (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
  });
}

async function phoneScenario(page, requests, responses, tiles) {
  const pageUrl = env('PAGE_URL');
  await page.goto(pageUrl, { waitUntil: 'load' });
  await settled(page);
  check(await page.title() === 'Bản đồ dịch COVID-19' && await page.getAttribute('html', 'lang') === 'vi', 'the page opens in Vietnamese');

  // 1. phones first: the map fills the screen, the panel is a collapsed bottom sheet
  const mapBox = await page.locator('#map').boundingBox();
  const sheetBox = await page.locator('#sheet').boundingBox();
  await page.screenshot({ path: join(artifacts, 'portal-phone-390x844.png') });
  check(mapBox.width === 390 && mapBox.height === 844, `the map fills the 390×844 screen (${mapBox.width}×${mapBox.height})`);
  check(sheetBox.y + sheetBox.height === 844 && sheetBox.height <= 844 * 0.13,
    `the panel starts as a bottom sheet of ${Math.round(sheetBox.height)} px (${Math.round(sheetBox.height / 8.44)} % of the screen)`);
  check(await page.getAttribute('#sheet-toggle', 'aria-expanded') === 'false' && !(await page.isVisible('#place-list')),
    'the list and the legend are folded away until asked for');
  await page.tap('#sheet-toggle');
  await page.waitForTimeout(300);
  const openBox = await page.locator('#sheet').boundingBox();
  await page.screenshot({ path: join(artifacts, 'portal-phone-sheet-390x844.png') });
  check(await page.getAttribute('#sheet-toggle', 'aria-expanded') === 'true' && openBox.height > 400 && openBox.height <= 844 * 0.75,
    `tapping the grip opens the sheet to ${Math.round(openBox.height)} px, the map still showing above it`);

  // 3. places visited within 14 days, latest last day first, searched without diacritics
  const entries = await page.$$eval('#place-list .place', (buttons) => buttons.map((b) => ({ name: b.querySelector('.name').textContent, lastDay: b.dataset.lastDay, isNew: b.dataset.new === 'true' })));
  check(entries.length === expected.places, `the list has the ${expected.places} places PostGIS has within 14 days of ${expected.latest} (${entries.length})`);
  check(entries.every((entry, i) => i === 0 || entries[i - 1].lastDay >= entry.lastDay), 'the places are sorted by their last day, latest first');
  check(entries[0].lastDay === expected.lastDay, `the first place's last day is the latest in PostGIS (${entries[0].lastDay})`);
  await page.fill('#place-search', 'cho dong kinh');
  const found = await page.$$eval('#place-list .place .name', (names) => names.map((n) => n.textContent));
  check(found.includes('Chợ Đông Kinh') && found.length < entries.length,
    `"cho dong kinh" finds "Chợ Đông Kinh": ${JSON.stringify(found)}`);
  await page.fill('#place-search', 'CHỢ ĐÔNG KINH');
  check((await page.$$eval('#place-list .place .name', (names) => names.map((n) => n.textContent))).includes('Chợ Đông Kinh'), 'upper case with diacritics finds it too');
  await page.fill('#place-search', 'cho dong kinh');
  await page.tap('#place-list .place');
  const placePopup = await popupText(page);
  await tilesDrawn(page);
  await page.screenshot({ path: join(artifacts, 'portal-phone-place-popup.png') });
  check(placePopup.includes('Chợ Đông Kinh') && placePopup.split('\n')[1] === 'Địa điểm ca bệnh đã đến trong 14 ngày',
    `tapping the entry zooms to it and opens its popup (GetFeatureInfo): ${JSON.stringify(placePopup.split('\n').slice(0, 5))}`);
  const placeAnswer = responses.filter((r) => r.popup).pop();
  check(placeAnswer && placeAnswer.popup.narrow && placeAnswer.popup.features > 0 && placeAnswer.popup.geometries === 0 && placeAnswer.decoded < 4096,
    `the popup asked only for the attributes it shows: ${JSON.stringify(placeAnswer && placeAnswer.popup)}, ${placeAnswer && placeAnswer.decoded} bytes, no geometry`);
  check(await page.getAttribute('#sheet-toggle', 'aria-expanded') === 'false' && await page.evaluate(() => window.covidmaps.map.getZoom()) >= 16,
    'the sheet got out of the way and the map zoomed in');
  await page.evaluate(() => window.covidmaps.map.closePopup());

  // 6. what's new: places and zones added since the previous report
  const newNames = entries.filter((entry) => entry.isNew).map((entry) => entry.name).sort();
  check(JSON.stringify(newNames) === JSON.stringify(expected.newPlaces), `the ${expected.newPlaces.length} places new since ${expected.previous} are marked "Mới": ${JSON.stringify(newNames)}`);
  check(await page.$$eval('path.new-place', (rings) => rings.length) === expected.newPlaces.length, 'and ringed on the map');

  // 4. near me: asked only when pressed, compared in the browser, nothing sent
  const near = expected.near;
  await page.tap('#sheet-toggle');
  const before = requests.length;
  check(await page.evaluate(() => window.positionAsked) === 0, 'the page has not asked for the position before "Gần tôi" is pressed');
  await page.fill('#place-search', '');
  await page.tap('#near-me');
  await page.waitForFunction(() => document.querySelector('#near-me').getAttribute('aria-pressed') === 'true'
    && document.querySelectorAll('#place-list .place[data-metres]').length > 0, null, { timeout: 20000 });
  await page.waitForTimeout(300); // the map moves to the position and asks for its tiles
  await tilesDrawn(page);
  await page.screenshot({ path: join(artifacts, 'portal-phone-near-me.png') });
  const youY = await page.evaluate(([la, lo]) => window.covidmaps.map.latLngToContainerPoint([la, lo]).y, [near.lat, near.lon]);
  const sheetTop = (await page.locator('#sheet').boundingBox()).y;
  check(youY > 0 && youY < sheetTop, `the position shows on the map above the open sheet (at y=${Math.round(youY)}, the sheet starts at ${Math.round(sheetTop)})`);
  const nearby = await page.$$eval('#place-list .place', (buttons) => buttons.map((b) => ({ name: b.querySelector('.name').textContent, metres: Number(b.dataset.metres), shown: b.querySelector('.distance').textContent })));
  check(await page.evaluate(() => window.positionAsked) === 1, 'pressing "Gần tôi" asks for the position once');
  check(nearby.length === near.count, `"Gần tôi" lists the ${near.count} places PostGIS finds within ${near.metres} m of the position (${nearby.length})`);
  check(nearby.every((place, i) => (i === 0 || nearby[i - 1].metres <= place.metres) && place.metres <= near.metres && /\d (m|km)$/.test(place.shown)),
    `nearest first, each with its distance: ${JSON.stringify(nearby.slice(0, 3))}`);
  check(Math.abs(nearby[0].metres - near.nearestMetres) <= 5, `the nearest is ${nearby[0].metres} m away (PostGIS: ${near.nearestMetres} m)`);
  const leaked = requests.slice(before).filter((r) => [near.lat, near.lon].some((v) => (r.url + r.body).includes(v.toFixed(3))));
  check(leaked.length === 0, `the position never leaves the phone: none of the ${requests.length - before} requests since carries it`);
  await page.tap('#near-me');

  // 5. the summary, against PostGIS
  await page.tap('#tab-summary');
  const figure = (key) => page.textContent(`[data-figure="${key}"]`);
  const figures = { cases: await figure('cases'), newCases: await figure('newCases'), activeZones: await figure('activeZones'),
    facilities: await figure('facilities'), occupancy: await figure('occupancy') };
  const want = expected.summary;
  const n = (value) => value.toLocaleString('vi-VN');
  check(figures.cases === n(want.cases) && figures.newCases === n(want.newCases), `cases ${figures.cases}, new ${figures.newCases} (PostGIS: ${want.cases}, ${want.newCases})`);
  check(figures.activeZones === n(want.activeZones), `isolation zones in force ${figures.activeZones} (PostGIS: ${want.activeZones})`);
  check(figures.facilities === n(want.facilities) && figures.occupancy === `${n(want.inQuarantine)} / ${n(want.capacity)}`,
    `quarantine facilities ${figures.facilities}, occupancy ${figures.occupancy} (PostGIS: ${want.facilities}, ${want.inQuarantine} / ${want.capacity})`);
  const levels = await page.$$eval('#risk-levels li', (items) => items.map((li) => li.dataset.level + ':' + li.querySelector('strong').textContent.match(/\d+/)[0]).join(','));
  check(levels === want.riskLevels, `districts per risk level ${levels} (PostGIS: ${want.riskLevels})`);
  const newZones = (await page.$$eval('#zone-list .zone[data-new] .name', (names) => names.map((z) => z.textContent))).sort();
  check(JSON.stringify(newZones) === JSON.stringify(expected.newZones), `the zones new since ${expected.previous} are marked: ${JSON.stringify(newZones)}`);
  await tilesDrawn(page);
  await page.screenshot({ path: join(artifacts, 'portal-phone-summary.png') });

  // 7. keyboard, names, contrast, English
  await page.focus('#tab-summary');
  await page.keyboard.press('ArrowLeft');
  check(await page.getAttribute('#tab-places', 'aria-selected') === 'true' && await page.isVisible('#place-search')
    && await page.evaluate(() => document.activeElement.id) === 'tab-places', 'the arrow keys move between the tabs');
  const unnamed = await page.$$eval('button, input, select, img, [role="tab"]', (nodes) => nodes.filter((node) => {
    if (node.closest('[hidden]') || node.closest('.leaflet-control-attribution')) return false;
    // an image needs an alt; an empty one marks it decorative, as Leaflet's map tiles are
    if (node.localName === 'img') return !node.hasAttribute('alt') || (!node.classList.contains('leaflet-tile') && !node.alt);
    const label = node.id && document.querySelector(`label[for="${node.id}"]`);
    return !(node.getAttribute('aria-label') || node.textContent.trim() || (label && label.textContent.trim()));
  }).map((node) => node.outerHTML.slice(0, 80)));
  check(unnamed.length === 0, `every control and image has an accessible name ${JSON.stringify(unnamed)}`);
  const contrasts = {};
  for (const selector of ['#title', '.place .name', '.place .address', '.hint', '#places-status', '#near-me', '[role="tab"][aria-selected="true"]', '.badge', '#lang-toggle']) {
    contrasts[selector] = Math.round(await contrastOf(page, selector) * 10) / 10;
  }
  check(Object.values(contrasts).every((ratio) => ratio >= 4.5), `text contrast is at least 4.5:1 ${JSON.stringify(contrasts)}`);
  await page.tap('#lang-toggle');
  check(await page.getAttribute('html', 'lang') === 'en' && await page.textContent('#tab-places') === 'Places'
    && (await page.textContent('#places-status')).includes('places'), 'the English toggle switches the page to English');
  await page.tap('#lang-toggle');
  check(await page.textContent('#tab-places') === 'Địa điểm', 'and back to Vietnamese');
  await page.tap('#tab-legend');
  await page.waitForFunction(() => [...document.querySelectorAll('#legend-items img')].every((i) => i.complete && i.naturalWidth > 0), null, { timeout: 30000 });

  // 7. no other host, and the page weight budget
  const origin = new URL(pageUrl).origin;
  const elsewhere = requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin).map((r) => r.url);
  check(elsewhere.length === 0, `all ${requests.length} requests go to the page's own origin (GeoServer behind /geoserver): ${JSON.stringify(elsewhere.slice(0, 3))}`);
  check(requests.every((r) => !/request=GetMap/i.test(r.url)), 'no map image is drawn by a direct WMS GetMap: every tile comes from GeoWebCache');
  const weight = responses.reduce((sum, r) => sum + r.bytes, 0);
  const decoded = responses.reduce((sum, r) => sum + r.decoded, 0);
  check(weight <= 500 * 1024, `page weight without tiles: ${Math.round(weight / 1024)} KB transferred (${Math.round(decoded / 1024)} KB unpacked) in ${responses.length} responses, of the 500 KB budget`);
  check(tiles.length > 0 && tiles.every((tile) => tile.cache), `the ${tiles.length} tiles came through GeoWebCache (geowebcache-cache-result set)`);
}

async function embeddedScenario(page, responses, tiles) {
  // an outdated config.js that knows only the earlier report, and one layer fewer than the group has (written before
  // that layer was added): the page must find the later report in the WMS capabilities, and its popups must still work
  let configServed = false;
  let droppedLayer;
  await page.context().route('**/config.js', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    const [, json] = text.match(/window\.COVIDMAPS_CONFIG = ([\s\S]*);\s*$/);
    const config = JSON.parse(json);
    config.reportDates = [expected.previous];
    droppedLayer = config.layers.find((layer) => layer.name !== 'checkpoints').name;
    config.layers = config.layers.filter((layer) => layer.name !== droppedLayer);
    const body = text.replace(json, () => JSON.stringify(config, null, 1).replace(/<\//g, '<\\/'));
    configServed = true;
    await route.fulfill({ response, body });
  });
  await page.goto(env('PAGE_URL'), { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe#covidmaps')).contentFrame();
  check(new URL(frame.url()).origin !== new URL(page.url()).origin, `the map page runs in an iframe from another origin (${frame.url()})`);
  await settled(frame);
  await page.screenshot({ path: join(artifacts, 'portal-desktop-1280x800.png') });
  check(configServed, `the test served a config.js listing only the earlier report, without the layer ${droppedLayer}`);
  const offered = await frame.$$eval('#report-date option', (options) => options.map((o) => `${o.value}=${o.textContent}`));
  check(await frame.inputValue('#report-date') === expected.latest && offered.length === 2,
    `the date picker found the later report in the WMS capabilities and starts there: ${offered}`);
  const panel = await frame.locator('#sheet').boundingBox();
  check(panel.width <= 380 && await frame.isVisible('#place-list'), `wider than a phone, the panel is an open side panel ${Math.round(panel.width)} px wide`);

  const { name, lat, lon } = expected.checkpoint;
  await frame.evaluate(([la, lo]) => window.covidmaps.map.setView([la, lo], 14, { animate: false }), [lat, lon]);
  await settled(frame);
  const tilesOf = (date) => new Map(tiles.filter((t) => t.url.includes('time=' + date) && t.url.includes(':' + expected.group + '&'))
    .map((t) => [t.url.replace(/time=[^&]*/, ''), t]));
  const latestMap = await frame.locator('#map').screenshot();
  const point = await frame.evaluate(([la, lo]) => window.covidmaps.map.latLngToContainerPoint([la, lo]), [lat, lon]);
  await frame.locator('#map').click({ position: { x: Math.round(point.x), y: Math.round(point.y) } });
  const latestPopup = await popupText(frame);
  await page.screenshot({ path: join(artifacts, 'portal-desktop-popup-latest.png') });
  check(latestPopup.includes(name) && latestPopup.includes('Tên chốt') && latestPopup.includes('Ngày lập'),
    `clicking the checkpoint shows its popup with the Vietnamese titles: ${JSON.stringify(latestPopup.split('\n').slice(0, 4))}`);
  check(/\d\d\/\d\d\/\d{4}/.test(latestPopup) && !/\d{4}-\d\d-\d\d/.test(latestPopup), 'dates in the popup read dd/mm/yyyy');
  const popups = () => responses.filter((r) => r.popup).map((r) => r.popup);
  const [narrowAsked, wholeAsked] = popups();
  check(popups().length === 2 && narrowAsked.narrow && narrowAsked.refused && !wholeAsked.narrow && wholeAsked.features > 0,
    `with a layer missing from config.js, GeoServer refused the popup's attribute lists and the page asked for whole features: ${JSON.stringify(popups())}`);

  await frame.selectOption('#report-date', expected.previous);
  await settled(frame);
  const earlierMap = await frame.locator('#map').screenshot();
  check(!earlierMap.equals(latestMap), 'switching the report date changes the map image');
  const latestTiles = tilesOf(expected.latest);
  const earlierTiles = tilesOf(expected.previous);
  const same = [...earlierTiles.keys()].filter((key) => latestTiles.has(key));
  const differing = same.filter((key) => latestTiles.get(key).hash !== earlierTiles.get(key).hash);
  check(same.length > 0 && differing.length > 0 && same.every((key) => latestTiles.get(key).cache && earlierTiles.get(key).cache),
    `through GeoWebCache (WMTS, TIME), ${differing.length} of the ${same.length} tiles at the same place differ between the two dates`);
  await frame.locator('#map').click({ position: { x: Math.round(point.x), y: Math.round(point.y) } });
  const earlierPopup = await popupText(frame);
  const earlierDay = expected.previous.split('-').reverse().join('/');
  check(earlierPopup.includes(earlierDay) && !earlierPopup.includes(name), `on ${earlierDay} the checkpoint is gone from the popup`);
  check(popups().length === 3 && !popups()[2].narrow, `and the next popup asks for whole features at once: ${JSON.stringify(popups()[2])}`);

  await page.screenshot({ path: join(artifacts, 'portal-desktop-popup-earlier.png') });
}
