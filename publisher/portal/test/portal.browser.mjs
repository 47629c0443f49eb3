// Browser test of the page `covidmaps portal` writes, run by PortalBrowserIT in headless Debian chromium.
// The page is opened inside an iframe of a page from another origin, as a portal embeds it.
// Environment: HOST_URL (the embedding page), CHECKPOINT_NAME / CHECKPOINT_LAT / CHECKPOINT_LON (a checkpoint
// published on LATEST_DATE only), EARLIER_DATE, LATEST_DATE, ARTIFACTS (screenshot directory), CHROMIUM.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};
const artifacts = env('ARTIFACTS');
mkdirSync(artifacts, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'covidmaps-chromium-'));
const checks = [];
const check = (ok, what) => {
  checks.push(what);
  if (!ok) throw new Error(`FAILED: ${what}`);
  console.log(`  ok: ${what}`);
};

// a fresh profile, and no background traffic from Chromium itself
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1100, height: 760 },
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // failed requests are listed by URL below (the console's 'Failed to load resource' names none)
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource')
    && problems.push(`console: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico')
    && problems.push(`HTTP ${response.status()} for ${response.url()}`));
  // an outdated config.js that knows only the earlier report: the page must find the later one in the WMS capabilities
  let configServed = false;
  await browser.route('**/config.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/"reportDates" : \[[^\]]*\]/, `"reportDates" : [ "${env('EARLIER_DATE')}" ]`);
    configServed = body.includes(`"reportDates" : [ "${env('EARLIER_DATE')}" ]`);
    await route.fulfill({ response, body });
  });
  await page.goto(env('HOST_URL'), { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe#covidmaps')).contentFrame();
  check(new URL(frame.url()).origin !== new URL(page.url()).origin, `the map page runs in an iframe from another origin (${frame.url()})`);

  const settled = () => frame.waitForFunction(() => window.covidmaps && document.body.dataset.datesChecked
    && !window.covidmaps.wms.isLoading()
    && document.querySelectorAll('img.leaflet-tile-loaded').length > 0, null, { timeout: 60000 });
  // pixels that WMS tiles painted (the tiles are same-origin, so a canvas may read them)
  const paintedPixels = () => frame.evaluate(() => {
    let painted = 0;
    for (const tile of document.querySelectorAll('img.leaflet-tile-loaded')) {
      const canvas = document.createElement('canvas');
      canvas.width = tile.naturalWidth;
      canvas.height = tile.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(tile, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    }
    return painted;
  });
  const clickAt = async (lat, lon) => {
    const point = await frame.evaluate(([la, lo]) => window.covidmaps.map.latLngToContainerPoint([la, lo]), [lat, lon]);
    await frame.locator('#map').click({ position: { x: Math.round(point.x), y: Math.round(point.y) } });
    await frame.waitForSelector('.leaflet-popup-content .covidmaps-popup', { timeout: 30000 });
    await page.waitForTimeout(600); // the popup fades in and the map pans to show it
    return frame.locator('.leaflet-popup-content').innerText();
  };

  await settled();
  check(await frame.title() === 'Bản đồ dịch COVID-19', 'the page loads with its Vietnamese title');
  const whole = await paintedPixels();
  await page.screenshot({ path: join(artifacts, 'portal-loaded.png') });
  check(whole > 2000, `the WMS tiles are not blank (${whole} painted pixels)`);
  const legends = await frame.$$eval('#legend img', (images) => images.map((i) => i.complete && i.naturalWidth > 0));
  check(legends.length === 7 && legends.every(Boolean), `all ${legends.length} GetLegendGraphic images loaded`);
  check(configServed, 'the test served a config.js listing only the earlier report');
  const offered = await frame.$$eval('#report-date option', (options) => options.map((o) => `${o.value}=${o.textContent}`));
  check(await frame.inputValue('#report-date') === env('LATEST_DATE') && offered.length === 2,
    `the date picker found the later report in the WMS capabilities and starts there: ${offered}`);

  const name = env('CHECKPOINT_NAME');
  const lat = Number(env('CHECKPOINT_LAT'));
  const lon = Number(env('CHECKPOINT_LON'));
  await frame.evaluate(([la, lo]) => window.covidmaps.map.setView([la, lo], 14, { animate: false }), [lat, lon]);
  await settled();
  const latestMap = await frame.locator('#map').screenshot();
  const latestPopup = await clickAt(lat, lon);
  await page.screenshot({ path: join(artifacts, 'portal-popup-latest.png') });
  check(latestPopup.includes(name), `clicking the checkpoint shows its name: ${JSON.stringify(latestPopup.split('\n').slice(0, 6))}`);
  check(latestPopup.includes('Tên chốt') && latestPopup.includes('Ngày lập'), 'the popup uses the Vietnamese attribute titles');
  check(/\d\d\/\d\d\/\d{4}/.test(latestPopup) && !/\d{4}-\d\d-\d\d/.test(latestPopup), 'dates in the popup read dd/mm/yyyy');

  await frame.selectOption('#report-date', env('EARLIER_DATE'));
  await frame.waitForFunction((d) => document.body.dataset.reportDate === d, env('EARLIER_DATE'));
  await settled();
  const earlierMap = await frame.locator('#map').screenshot();
  check(!earlierMap.equals(latestMap), 'switching the report date changes the map image');
  const earlierPopup = await clickAt(lat, lon);
  await page.screenshot({ path: join(artifacts, 'portal-popup-earlier.png') });
  const earlierDay = env('EARLIER_DATE').split('-').reverse().join('/');
  check(earlierPopup.includes(earlierDay), `the popup is for ${earlierDay}`);
  check(!earlierPopup.includes(name), `on ${earlierDay} the checkpoint is gone: ${JSON.stringify(earlierPopup.split('\n').slice(0, 4))}`);
  check(problems.length === 0, `no script errors or failed requests in the page ${JSON.stringify(problems)}`);
  console.log(`portal browser checks: all ${checks.length} ok`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
