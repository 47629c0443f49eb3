// The CovidMaps map page: the published layer group over WMS, a report-date picker driving TIME,
// a legend from GetLegendGraphic and popups from GetFeatureInfo. Settings come from config.js.
(function () {
  'use strict';
  const config = window.COVIDMAPS_CONFIG;
  const layers = new Map(config.layers.map((layer, order) => [layer.name, { ...layer, order }]));
  let reportDate = config.reportDates[config.reportDates.length - 1];
  let clickCount = 0;

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

  const map = L.map('map', { attributionControl: false });
  map.fitBounds(config.bounds);
  // 512-pixel tiles: fewer requests, and area names repeat less often across tile edges
  const wms = L.tileLayer.wms(config.wmsUrl, {
    tileSize: 512, layers: config.groupLayer, styles: '', format: 'image/png', transparent: true, version: '1.1.1', time: reportDate,
  }).addTo(map);

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
    if (date === reportDate && wms.wmsParams.time === date) return;
    reportDate = date;
    picker.value = date;
    map.closePopup();
    wms.setParams({ time: date });
    document.body.dataset.reportDate = date;
  }
  document.body.dataset.reportDate = reportDate;

  // --- legend: one GetLegendGraphic per layer, points (drawn on top) first -------------------------------------
  const legend = document.getElementById('legend-items');
  config.layers.slice().reverse().forEach((layer) => {
    legend.appendChild(element('h2', layer.title));
    const image = element('img');
    image.alt = layer.title;
    image.src = config.wmsUrl + L.Util.getParamString({
      service: 'WMS', version: '1.1.1', request: 'GetLegendGraphic', format: 'image/png', layer: layer.wmsName,
      width: 16, height: 16, legend_options: 'fontAntiAliasing:true;forceLabels:on;fontSize:11',
    });
    legend.appendChild(image);
  });

  // --- popup: GetFeatureInfo as JSON, attributes under their Vietnamese titles --------------------------------
  map.on('click', (event) => {
    const asked = ++clickCount;
    const size = map.getSize();
    const bounds = map.getBounds();
    const southWest = map.options.crs.project(bounds.getSouthWest());
    const northEast = map.options.crs.project(bounds.getNorthEast());
    const point = event.containerPoint.round();
    const url = config.wmsUrl + L.Util.getParamString({
      service: 'WMS', version: '1.1.1', request: 'GetFeatureInfo', layers: config.groupLayer, query_layers: config.groupLayer,
      styles: '', srs: 'EPSG:3857', bbox: [southWest.x, southWest.y, northEast.x, northEast.y].join(','),
      width: size.x, height: size.y, x: point.x, y: point.y, info_format: 'application/json', feature_count: 20,
      time: reportDate,
    });
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error('GeoServer trả lời ' + response.status);
        return response.json();
      })
      .then((collection) => asked === clickCount && showPopup(event.latlng, collection.features || []))
      .catch((error) => asked === clickCount && L.popup().setLatLng(event.latlng)
        .setContent(element('div', 'Không tải được thông tin: ' + error.message, 'covidmaps-popup note')).openOn(map));
  });

  function showPopup(latlng, features) {
    const content = element('div', undefined, 'covidmaps-popup');
    content.appendChild(element('h3', 'Ngày báo cáo ' + dayMonthYear(reportDate)));
    const shown = features
      .map((feature) => ({ feature, layer: layers.get(String(feature.id).split('.')[0]) }))
      .filter((found) => found.layer)
      .sort((a, b) => b.layer.order - a.layer.order);
    if (shown.length === 0) {
      content.appendChild(element('p', 'Không có đối tượng nào tại điểm này.', 'note'));
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
    L.popup({ maxWidth: 360, maxHeight: 320 }).setLatLng(latlng).setContent(content).openOn(map);
  }

  // for embedding sites and the browser test
  window.covidmaps = { map, wms, config, setReportDate, reportDate: () => reportDate, reportDates: () => reportDates.slice() };
}());
