// The page's own words in Vietnamese (the default) and English. Report data (place names, layer titles from
// the layer files) stays as the Health Department wrote it. {0}, {1} are filled in by t().
(function () {
  'use strict';
  const texts = {
    vi: {
      skip: 'Bỏ qua bản đồ, đến danh sách địa điểm',
      map: 'Bản đồ',
      tabs: 'Thông tin',
      'sheet.toggle': 'Mở hoặc thu gọn bảng thông tin',
      'date.label': 'Ngày báo cáo',
      'tab.places': 'Địa điểm',
      'tab.summary': 'Tổng quan',
      'tab.legend': 'Chú giải',
      'places.title': 'Địa điểm ca bệnh đã đến',
      'places.hint': 'Trong 14 ngày tính đến {0}, địa điểm có ngày cuối gần nhất ở trên. Nếu bạn đã đến, hãy khai báo y tế.',
      'places.search': 'Tìm địa điểm',
      'places.placeholder': 'Tìm tên hoặc địa chỉ',
      'places.count': '{0} địa điểm',
      'places.found': 'Tìm thấy {0} trong {1} địa điểm',
      'places.none': 'Không có địa điểm nào phù hợp.',
      'places.loading': 'Đang tải danh sách…',
      'places.missing': 'Danh sách của ngày này chưa được cập nhật.',
      'place.dates': 'Từ {0} đến {1}',
      'place.day': 'Ngày {0}',
      'place.cases': '{0} ca',
      'place.new': 'Mới',
      'place.newLabel': 'Mới so với báo cáo trước',
      'near.button': 'Gần tôi',
      'near.all': 'Tất cả địa điểm',
      'near.asking': 'Đang xác định vị trí của bạn…',
      'near.found': '{0} địa điểm trong vòng {1} quanh bạn. Vị trí của bạn chỉ dùng trên máy này, không gửi đi đâu.',
      'near.none': 'Không có địa điểm nào trong vòng {0} quanh bạn. Vị trí của bạn chỉ dùng trên máy này, không gửi đi đâu.',
      'near.denied': 'Không lấy được vị trí ({0}). Hãy cho phép trình duyệt dùng vị trí rồi bấm lại.',
      'near.unsupported': 'Trình duyệt này không xác định được vị trí.',
      'near.you': 'Vị trí của bạn',
      'summary.title': 'Tổng quan ngày {0}',
      'summary.cases': 'Ca bệnh trong báo cáo',
      'summary.newCases': 'Ca mới so với báo cáo {0}',
      'summary.newCasesFirst': 'Ca mới (chưa có báo cáo trước)',
      'summary.activeZones': 'Vùng cách ly y tế đang áp dụng',
      'summary.facilities': 'Khu cách ly tập trung',
      'summary.occupancy': 'Đang cách ly / sức chứa',
      'summary.risk': 'Số huyện theo cấp độ dịch',
      'summary.zones': 'Vùng cách ly y tế đang áp dụng',
      'summary.noZones': 'Không có vùng nào.',
      'risk.level': 'Cấp {0}',
      'risk.districts': '{0} huyện',
      'zone.since': 'Từ {0}',
      'zone.until': 'Từ {0} đến {1}',
      'facility.name': 'Tên',
      'facility.occupancy': 'Đang cách ly / sức chứa',
      'popup.date': 'Ngày báo cáo {0}',
      'popup.nothing': 'Không có đối tượng nào tại điểm này.',
      'popup.failed': 'Không tải được thông tin: {0}',
      'legend.basemap': 'Bản đồ nền',
    },
    en: {
      skip: 'Skip the map, go to the list of places',
      map: 'Map',
      tabs: 'Information',
      'sheet.toggle': 'Open or close the information panel',
      'date.label': 'Report date',
      'tab.places': 'Places',
      'tab.summary': 'Summary',
      'tab.legend': 'Legend',
      'places.title': 'Places cases visited',
      'places.hint': 'Within 14 days up to {0}, most recent last day first. If you were there, make a health declaration.',
      'places.search': 'Search places',
      'places.placeholder': 'Search name or address',
      'places.count': '{0} places',
      'places.found': '{0} of {1} places found',
      'places.none': 'No place matches.',
      'places.loading': 'Loading the list…',
      'places.missing': 'The list for this date has not been published yet.',
      'place.dates': 'From {0} to {1}',
      'place.day': 'On {0}',
      'place.cases': '{0} cases',
      'place.new': 'New',
      'place.newLabel': 'New since the previous report',
      'near.button': 'Near me',
      'near.all': 'All places',
      'near.asking': 'Finding your position…',
      'near.found': '{0} places within {1} of you. Your position is used on this device only and is never sent.',
      'near.none': 'No place within {0} of you. Your position is used on this device only and is never sent.',
      'near.denied': 'Your position is not available ({0}). Allow the browser to use it and press again.',
      'near.unsupported': 'This browser cannot tell your position.',
      'near.you': 'Your position',
      'summary.title': 'Summary of {0}',
      'summary.cases': 'Cases in the report',
      'summary.newCases': 'New cases since the report of {0}',
      'summary.newCasesFirst': 'New cases (no earlier report)',
      'summary.activeZones': 'Isolation zones in force',
      'summary.facilities': 'Quarantine facilities',
      'summary.occupancy': 'In quarantine / capacity',
      'summary.risk': 'Districts per risk level',
      'summary.zones': 'Isolation zones in force',
      'summary.noZones': 'None.',
      'risk.level': 'Level {0}',
      'risk.districts': '{0} districts',
      'zone.since': 'Since {0}',
      'zone.until': 'From {0} to {1}',
      'facility.name': 'Name',
      'facility.occupancy': 'In quarantine / capacity',
      'popup.date': 'Report of {0}',
      'popup.nothing': 'Nothing here.',
      'popup.failed': 'Could not load the details: {0}',
      'legend.basemap': 'Base map',
    },
  };
  let language = 'vi';
  const listeners = [];

  function t(key, ...values) {
    const text = texts[language][key] ?? texts.vi[key] ?? key;
    return text.replace(/\{(\d)\}/g, (match, index) => String(values[Number(index)]));
  }

  /** Puts the current language's words into every element marked data-i18n, data-i18n-aria or data-i18n-placeholder. */
  function apply() {
    document.documentElement.lang = language;
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-aria]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.i18nAria)));
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
    const toggle = document.getElementById('lang-toggle');
    toggle.textContent = language === 'vi' ? 'English' : 'Tiếng Việt';
    toggle.lang = language === 'vi' ? 'en' : 'vi';
    listeners.forEach((listener) => listener(language));
  }

  function setLanguage(wanted) {
    language = texts[wanted] ? wanted : 'vi';
    try { localStorage.setItem('covidmaps.language', language); } catch (e) { /* private mode: not remembered */ }
    apply();
  }

  document.getElementById('lang-toggle').addEventListener('click', () => setLanguage(language === 'vi' ? 'en' : 'vi'));
  let remembered = null;
  try { remembered = localStorage.getItem('covidmaps.language'); } catch (e) { /* private mode */ }
  if (remembered) language = texts[remembered] ? remembered : 'vi';
  window.covidmapsText = { t, language: () => language, onChange: (listener) => listeners.push(listener), apply, setLanguage };
}());
