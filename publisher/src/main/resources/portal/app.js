// The CovidMaps map page: a base map, the published layer group as cached tiles, a report-date picker driving TIME,
// a legend from GetLegendGraphic, popups from GetFeatureInfo, and the panel (a bottom sheet on phones) that
// places.js and summary.js fill from data/<date>.json. Settings come from config.js, words from i18n.js.
(function () {
  'use strict';
  const config = window.COVIDMAPS_CONFIG;
  const { t } = window.covidmapsText;
  const layers = new Map(config.layers.map((layer, order) => [layer.name, { ...layer, order }]));
  let reportDate = config.reportDates[config.reportDates.length - 1];
  let clickCount = 0;
  const dataListeners = [];
  let currentData = null;

  /** 2021-06-08 or 2021-06-08Z → 08/06/2021 */
  function dayMonthYear(iso) {
    const [year, month, day] = String(iso).slice(0, 10).split('-');
    return day + '/' + month + '/' + year;
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  document.getElementById('title').textContent = config.title;
  document.title = config.title;
  const phone = window.matchMedia('(max-width: 600px)');

  const map = L.map('map', { zoomControl: false, attributionControl: true, zoomSnap: 1 });
  L.control.zoom({ position: 'topright' }).addTo(map);
  map.attributionControl.setPrefix(false);
  /** Fits the map to bounds in the part of the screen that the panel leaves free. */
  function fitFree(bounds) {
    const sheetHeight = document.getElementById('sheet').offsetHeight;
    const free = phone.matches ? { paddingTopLeft: [8, 8], paddingBottomRight: [8, sheetHeight + 8] }
      : { paddingTopLeft: [380, 10], paddingBottomRight: [10, 10] };
    map.fitBounds(bounds, free);
  }
  fitFree(config.bounds);

  // --- base map: the published boundaries by default, or the tiles configured in portal.basemap.url ----------
  const base = config.baseMap;
  const baseLayer = base && L.tileLayer(base.url, {
    attribution: base.attribution, maxZoom: base.maxZoom, bounds: base.bounds || undefined,
  }).addTo(map);

  // The layers, as GeoWebCache's cached 256-pixel tiles of the report date: publish keeps one cache per date
  // (a TIME parameter filter listing exactly the published dates), so every visitor of a date shares its tiles.
  const tilesUrl = (date) => config.tilesUrl.replace('{time}', encodeURIComponent(date));
  const tiles = L.tileLayer(tilesUrl(reportDate), { bounds: config.bounds, maxZoom: 20 }).addTo(map);
  let tilesDate = reportDate;

  // --- the panel: a bottom sheet on phones (collapsed at first, so the map fills the screen), a side panel else
  const sheet = document.getElementById('sheet');
  const toggle = document.getElementById('sheet-toggle');
  function setOpen(open) {
    const before = sheet.offsetHeight;
    sheet.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    // on a phone the sheet covers the bottom of the map: keep what was in view in the part still showing
    if (phone.matches) map.panBy([0, (sheet.offsetHeight - before) / 2], { animate: false });
  }
  setOpen(!phone.matches);
  toggle.addEventListener('click', () => setOpen(!sheet.classList.contains('open')));
  phone.addEventListener('change', () => setOpen(!phone.matches));

  // tabs as in the WAI-ARIA tabs pattern: arrow keys move between them
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  function selectTab(tab) {
    tabs.forEach((other) => {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    });
    if (tab.id === 'tab-legend') loadLegend();
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => { selectTab(tab); setOpen(true); });
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(index + step + tabs.length) % tabs.length];
      selectTab(next);
      next.focus();
    });
  });

  // --- report-date picker: only the published dates, latest first --------------------------------------------
  const picker = document.getElementById('report-date');
  let reportDates = config.reportDates.slice();
  function fillPicker() {
    picker.replaceChildren(...reportDates.slice().reverse().map((date) => {
      const option = element('option', dayMonthYear(date));
      option.value = date;
      return option;
    }));
    picker.value = reportDate;
  }
  fillPicker();
  picker.addEventListener('change', () => setReportDate(picker.value));

  // Reports published after config.js was written: the TIME values of the layers in the WMS capabilities.
  // The page then follows new reports without being written again; config.js's dates stay if this fails.
  function publishedDates(capabilities) {
    const xml = new DOMParser().parseFromString(capabilities, 'application/xml');
    const names = new Set(config.layers.map((layer) => layer.name));
    const dates = new Set();
    for (const layer of xml.getElementsByTagNameNS('*', 'Layer')) {
      const name = [...layer.children].find((child) => child.localName === 'Name');
      if (!name || !names.has(name.textContent.trim().replace(/^[^:]*:/, ''))) continue;
      for (const child of layer.children) {
        if (child.localName !== 'Dimension' || child.getAttribute('name').toLowerCase() !== 'time') continue;
        child.textContent.split(',').map((value) => value.trim()).filter((value) => value.length >= 10)
          .forEach((value) => dates.add(value.slice(0, 10)));
      }
    }
    return [...dates].sort();
  }
  fetch(config.wmsUrl + L.Util.getParamString({ service: 'WMS', version: '1.3.0', request: 'GetCapabilities' }))
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error('HTTP ' + response.status))))
    .then((capabilities) => {
      const dates = publishedDates(capabilities);
      if (dates.length === 0) return;
      const wasLatest = reportDate === reportDates[reportDates.length - 1];
      reportDates = dates;
      if (wasLatest || !dates.includes(reportDate)) {
        setReportDate(dates[dates.length - 1]);
      }
      fillPicker();
    })
    .catch(() => { /* keep the dates of config.js */ })
    .finally(() => { document.body.dataset.datesChecked = 'true'; });

  function setReportDate(date) {
    if (date === reportDate && tilesDate === date) return;
    reportDate = date;
    picker.value = date;
    map.closePopup();
    tiles.setUrl(tilesUrl(date));
    tilesDate = date;
    document.body.dataset.reportDate = date;
    loadData(date);
  }
  document.body.dataset.reportDate = reportDate;

  // --- the lists of the selected date: data/<date>.json, written by `covidmaps portal` from PostGIS ----------
  function loadData(date) {
    document.body.dataset.dataDate = '';
    currentData = null;
    dataListeners.forEach((listener) => listener(null, date));
    fetch(config.dataUrl + date + '.json')
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error('HTTP ' + response.status))))
      .catch(() => ({ missing: true, reportDate: date, features: [], zones: [], summary: null }))
      .then((data) => {
        if (date !== reportDate) return;
        currentData = data;
        dataListeners.forEach((listener) => listener(data, date));
        document.body.dataset.dataDate = date;
      });
  }
  function onData(listener) {
    dataListeners.push(listener);
    if (currentData) listener(currentData, reportDate);
  }

  // --- legend: one GetLegendGraphic per layer, points (drawn on top) first, loaded when first shown ----------
  let legendLoaded = false;
  function loadLegend() {
    if (legendLoaded) return;
    legendLoaded = true;
    const legend = document.getElementById('legend-items');
    config.layers.slice().reverse().forEach((layer) => {
      legend.appendChild(element('h3', layer.title));
      const image = element('img');
      image.alt = layer.title;
      image.src = config.wmsUrl + L.Util.getParamString({
        service: 'WMS', version: '1.1.1', request: 'GetLegendGraphic', format: 'image/png', layer: layer.wmsName,
        width: 16, height: 16, legend_options: 'fontAntiAliasing:true;forceLabels:on;fontSize:12',
      });
      legend.appendChild(image);
    });
  }

  // --- popup: GetFeatureInfo as JSON, attributes under their Vietnamese titles --------------------------------
  // Only the attributes the popup lists are asked for (PROPERTYNAME, one list per layer of the group, in the group's
  // order), so no geometry comes back: a district's outline is tens of KB that a phone would download for nothing.
  // A config.js older than the group (a layer added or removed since) makes GeoServer refuse the lists; the page
  // then asks for whole features, as before, for the rest of the visit.
  const popupProperties = config.layers.every((layer) => layer.attributes.length > 0)
    ? config.layers.map((layer) => '(' + layer.attributes.map((attribute) => attribute.name).join(',') + ')').join('')
    : undefined;
  let narrowPopups = popupProperties !== undefined;

  function askFeatureInfo(latlng, narrow) {
    const size = map.getSize();
    const bounds = map.getBounds();
    const southWest = map.options.crs.project(bounds.getSouthWest());
    const northEast = map.options.crs.project(bounds.getNorthEast());
    const point = map.latLngToContainerPoint(latlng).round();
    const url = config.wmsUrl + L.Util.getParamString({
      service: 'WMS', version: '1.1.1', request: 'GetFeatureInfo', layers: config.groupLayer, query_layers: config.groupLayer,
      styles: '', srs: 'EPSG:3857', bbox: [southWest.x, southWest.y, northEast.x, northEast.y].join(','),
      width: size.x, height: size.y, x: point.x, y: point.y, info_format: 'application/json', feature_count: 20,
      time: reportDate, ...(narrow ? { propertyname: popupProperties } : {}),
    });
    const refused = (why) => Object.assign(new Error(why), { refused: true });
    return fetch(url).then((response) => {
      if (!response.ok) throw refused('GeoServer ' + response.status);
      // GeoServer's WMS 1.1.1 exceptions come as XML with status 200
      return response.json().catch(() => { throw refused('GeoServer: not JSON'); });
    });
  }

  /** @param first a layer whose features the popup lists first (the one the visitor chose in a list) */
  function featureInfo(latlng, first) {
    const asked = ++clickCount;
    const whole = () => askFeatureInfo(latlng, false);
    const answer = narrowPopups
      ? askFeatureInfo(latlng, true).catch((error) => {
        if (!error.refused) throw error; // the network, not the lists: asking again would not help
        narrowPopups = false;
        return whole();
      })
      : whole();
    return answer
      .then((collection) => asked === clickCount && showPopup(latlng, collection.features || [], first))
      .catch((error) => asked === clickCount && L.popup().setLatLng(latlng)
        .setContent(element('div', t('popup.failed', error.message), 'covidmaps-popup note')).openOn(map));
  }
  map.on('click', (event) => featureInfo(event.latlng));

  function showPopup(latlng, features, first) {
    const content = element('div', undefined, 'covidmaps-popup');
    content.appendChild(element('h3', t('popup.date', dayMonthYear(reportDate))));
    const shown = features
      .map((feature) => ({ feature, layer: layers.get(String(feature.id).split('.')[0]) }))
      .filter((found) => found.layer)
      .sort((a, b) => (b.layer.name === first) - (a.layer.name === first) || b.layer.order - a.layer.order);
    if (shown.length === 0) {
      content.appendChild(element('p', t('popup.nothing'), 'note'));
    }
    shown.forEach(({ feature, layer }) => {
      const block = element('div', undefined, 'feature');
      block.dataset.layer = layer.name;
      block.appendChild(element('h3', layer.title));
      const table = element('table');
      layer.attributes.forEach((attribute) => {
        const value = feature.properties[attribute.name];
        if (value === null || value === undefined || value === '') return;
        const row = element('tr');
        row.appendChild(element('th', attribute.title));
        row.appendChild(element('td', attribute.date ? dayMonthYear(value) : String(value)));
        table.appendChild(row);
      });
      block.appendChild(table);
      content.appendChild(block);
    });
    L.popup({ maxWidth: 320, maxHeight: 300, autoPanPadding: [16, 16] }).setLatLng(latlng).setContent(content).openOn(map);
  }

  /** Shows a place on the map and its popup; on a phone the sheet gets out of the way first. */
  function showPlace(lat, lon, layer) {
    if (phone.matches) setOpen(false);
    map.setView([lat, lon], Math.max(map.getZoom(), 16), { animate: false });
    return featureInfo(L.latLng(lat, lon), layer);
  }

  window.covidmapsText.onChange(() => {
    fillPicker();
    document.getElementById('title').textContent = config.title;
  });
  window.covidmapsText.apply();
  loadData(reportDate);

  // for embedding sites, the other scripts of the page and the browser test
  window.covidmaps = {
    map, tiles, baseLayer, config, setReportDate, reportDate: () => reportDate, reportDates: () => reportDates.slice(),
    onData, showPlace, fitBounds: (bounds) => { if (phone.matches) setOpen(false); fitFree(bounds); }, fitVisible: fitFree,
    dayMonthYear, element, isPhone: () => phone.matches,
  };
}());
