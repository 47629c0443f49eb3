// "Địa điểm ca bệnh đã đến": the places cases visited within 14 days of the selected report, latest last day
// first, a search that ignores diacritics and case, "Gần tôi" (near me), and rings on the map around the
// places that are new since the previous report. The visitor's position is only compared here, in the
// browser, with the list already downloaded: it is never sent anywhere.
(function () {
  'use strict';
  const { map, config, onData, showPlace, fitVisible, dayMonthYear, element } = window.covidmaps;
  const { t } = window.covidmapsText;
  const list = document.getElementById('place-list');
  const search = document.getElementById('place-search');
  const status = document.getElementById('places-status');
  const hint = document.getElementById('places-hint');
  const nearButton = document.getElementById('near-me');
  const newRings = L.layerGroup().addTo(map);
  const you = L.layerGroup().addTo(map);
  let data = null;
  let places = [];
  let position = null; // { lat, lon } while "Gần tôi" is on, otherwise null
  let positionProblem = null;

  /** "Chợ Đông Kinh" → "cho dong kinh": no diacritics (đ included), lower case, single spaces. */
  function folded(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  /** Great-circle distance in metres (haversine, mean Earth radius). */
  function metres(lat1, lon1, lat2, lon2) {
    const rad = Math.PI / 180;
    const a = Math.sin((lat2 - lat1) * rad / 2) ** 2
      + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2;
    return 2 * 6371008.8 * Math.asin(Math.sqrt(a));
  }

  function distanceText(value) {
    return value < 1000 ? Math.round(value / 10) * 10 + ' m' : (value / 1000).toFixed(1).replace('.', window.covidmapsText.language() === 'vi' ? ',' : '.') + ' km';
  }

  function render() {
    list.replaceChildren();
    hint.textContent = data ? t('places.hint', dayMonthYear(data.reportDate)) : '';
    if (!data) {
      status.textContent = t('places.loading');
      return;
    }
    if (data.missing) {
      status.textContent = t('places.missing');
      return;
    }
    const terms = folded(search.value).split(' ').filter(Boolean);
    let shown = places.filter((place) => terms.every((term) => place.text.includes(term)));
    if (position) {
      shown = shown.map((place) => ({ ...place, distance: metres(position.lat, position.lon, place.lat, place.lon) }))
        .filter((place) => place.distance <= config.nearMeMetres)
        .sort((a, b) => a.distance - b.distance);
    }
    shown.forEach((place) => list.appendChild(item(place)));
    const radius = distanceText(config.nearMeMetres);
    if (positionProblem) {
      status.textContent = positionProblem;
    } else if (position) {
      status.textContent = shown.length ? t('near.found', shown.length, radius) : t('near.none', radius);
    } else if (shown.length === 0) {
      status.textContent = t('places.none');
    } else {
      status.textContent = terms.length ? t('places.found', shown.length, places.length) : t('places.count', places.length);
    }
  }

  function item(place) {
    const entry = element('li');
    const button = element('button', undefined, 'place');
    button.type = 'button';
    button.dataset.placeId = place.id;
    button.dataset.lastDay = place.lastDay;
    const name = element('span', place.name, 'name');
    button.appendChild(name);
    if (place.isNew) {
      const badge = element('span', t('place.new'), 'badge');
      badge.title = t('place.newLabel');
      button.appendChild(badge);
      button.dataset.new = 'true';
    }
    if (place.address) button.appendChild(element('span', place.address, 'address'));
    const dates = place.firstDay === place.lastDay ? t('place.day', dayMonthYear(place.lastDay))
      : t('place.dates', dayMonthYear(place.firstDay), dayMonthYear(place.lastDay));
    button.appendChild(element('span', dates + ' · ' + t('place.cases', place.cases), 'dates'));
    if (place.distance !== undefined) {
      button.appendChild(element('span', distanceText(place.distance), 'distance'));
      button.dataset.metres = Math.round(place.distance);
    }
    button.addEventListener('click', () => showPlace(place.lat, place.lon, 'visited_recent'));
    entry.appendChild(button);
    return entry;
  }

  function ringNewPlaces() {
    newRings.clearLayers();
    places.filter((place) => place.isNew).forEach((place) => {
      L.circleMarker([place.lat, place.lon], {
        radius: 10, color: '#b00020', weight: 2, fill: false, interactive: false, className: 'new-place',
      }).addTo(newRings);
    });
  }

  onData((loaded) => {
    data = loaded;
    places = (loaded ? loaded.features : []).map((feature) => ({
      id: feature.id, ...feature.properties, isNew: feature.properties.new,
      lon: feature.geometry.coordinates[0], lat: feature.geometry.coordinates[1],
      text: folded(feature.properties.name + ' ' + (feature.properties.address || '')),
    }));
    ringNewPlaces();
    render();
  });
  search.addEventListener('input', render);
  window.covidmapsText.onChange(render);

  nearButton.addEventListener('click', () => {
    if (position || positionProblem) {
      position = null;
      positionProblem = null;
      you.clearLayers();
      setNear(false);
      render();
      return;
    }
    if (!navigator.geolocation) {
      status.textContent = t('near.unsupported');
      return;
    }
    status.textContent = t('near.asking');
    setNear(true);
    // asked only now, when the visitor pressed the button
    navigator.geolocation.getCurrentPosition((found) => {
      position = { lat: found.coords.latitude, lon: found.coords.longitude };
      you.clearLayers();
      L.circle([position.lat, position.lon], { radius: config.nearMeMetres, color: '#1f5fbf', weight: 2, fillOpacity: 0.06, interactive: false }).addTo(you);
      L.circleMarker([position.lat, position.lon], { radius: 7, color: '#fff', weight: 2, fillColor: '#1f5fbf', fillOpacity: 1 })
        .bindTooltip(t('near.you')).addTo(you);
      fitVisible(L.latLng(position.lat, position.lon).toBounds(config.nearMeMetres * 2.2));
      render();
    }, (problem) => {
      positionProblem = t('near.denied', problem.message || problem.code);
      render();
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });

  function setNear(on) {
    nearButton.setAttribute('aria-pressed', String(on));
    nearButton.textContent = t(on ? 'near.all' : 'near.button');
    nearButton.dataset.i18n = on ? 'near.all' : 'near.button';
  }

  window.covidmaps.places = { folded, metres, shown: () => [...list.querySelectorAll('.place')].map((b) => b.querySelector('.name').textContent) };
}());
