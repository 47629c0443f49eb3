// The summary of the selected report: cases and new cases, isolation zones in force (new ones marked, on the
// list and as dashed outlines on the map), quarantine facilities with their occupancy, districts per risk level.
(function () {
  'use strict';
  const { map, onData, fitBounds, dayMonthYear, element } = window.covidmaps;
  const { t } = window.covidmapsText;
  const figures = document.getElementById('figures');
  const riskList = document.getElementById('risk-levels');
  const zoneList = document.getElementById('zone-list');
  const facilityRows = document.querySelector('#facility-table tbody');
  const newZones = L.layerGroup().addTo(map);
  const number = (value) => (value === null || value === undefined ? '–' : value.toLocaleString('vi-VN'));
  let data = null;

  function figure(key, label, value) {
    const row = element('div');
    row.appendChild(element('dt', label));
    const shown = element('dd', value);
    shown.dataset.figure = key;
    row.appendChild(shown);
    figures.appendChild(row);
  }

  function render() {
    figures.replaceChildren();
    riskList.replaceChildren();
    zoneList.replaceChildren();
    facilityRows.replaceChildren();
    newZones.clearLayers();
    const summary = data && data.summary;
    document.getElementById('summary-title').textContent = data ? t('summary.title', dayMonthYear(data.reportDate)) : t('tab.summary');
    if (!summary) return;
    const facilities = summary.facilities;
    const sum = (field) => facilities.reduce((total, facility) => total + (facility[field] || 0), 0);
    figure('cases', t('summary.cases'), number(summary.cases));
    figure('newCases', data.previousReportDate ? t('summary.newCases', dayMonthYear(data.previousReportDate)) : t('summary.newCasesFirst'),
      number(summary.newCases));
    figure('activeZones', t('summary.activeZones'), number(data.zones.length));
    figure('facilities', t('summary.facilities'), number(facilities.length));
    figure('occupancy', t('summary.occupancy'), number(sum('inQuarantine')) + ' / ' + number(sum('capacity')));

    Object.keys(summary.districtsByRiskLevel).sort().forEach((level) => {
      const entry = element('li');
      entry.dataset.level = level;
      entry.appendChild(element('span', '', 'swatch level-' + level));
      entry.appendChild(element('span', t('risk.level', level) + ' – ' + summary.districtsByRiskLevel[level].label + ': '));
      entry.appendChild(element('strong', t('risk.districts', summary.districtsByRiskLevel[level].districts)));
      riskList.appendChild(entry);
    });

    if (data.zones.length === 0) zoneList.appendChild(element('li', t('summary.noZones'), 'note'));
    data.zones.forEach((zone) => {
      const entry = element('li');
      const button = element('button', undefined, 'zone');
      button.type = 'button';
      button.appendChild(element('span', zone.name, 'name'));
      if (zone.new) {
        const badge = element('span', t('place.new'), 'badge');
        badge.title = t('place.newLabel');
        button.appendChild(badge);
        button.dataset.new = 'true';
        const [south, west, north, east] = zone.bounds;
        L.rectangle([[south, west], [north, east]], {
          color: '#b00020', weight: 2, dashArray: '6 4', fill: false, interactive: false, className: 'new-zone',
        }).addTo(newZones);
      }
      button.appendChild(element('span', zone.to ? t('zone.until', dayMonthYear(zone.from), dayMonthYear(zone.to))
        : t('zone.since', dayMonthYear(zone.from)), 'dates'));
      button.addEventListener('click', () => fitBounds([[zone.bounds[0], zone.bounds[1]], [zone.bounds[2], zone.bounds[3]]]));
      entry.appendChild(button);
      zoneList.appendChild(entry);
    });

    facilities.forEach((facility) => {
      const row = element('tr');
      row.appendChild(element('td', facility.name));
      row.appendChild(element('td', number(facility.inQuarantine) + ' / ' + number(facility.capacity), 'number'));
      facilityRows.appendChild(row);
    });
  }

  onData((loaded) => { data = loaded; render(); });
  window.covidmapsText.onChange(render);
}());
