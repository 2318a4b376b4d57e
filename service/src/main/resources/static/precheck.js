// The launch pre-check page: no build step, no external files. It calls the REST API with the
// key the user pastes (kept in sessionStorage, so it goes when the tab closes).
'use strict';

const KEY_STORE = 'clearance.apiKey';
const SVG = 'http://www.w3.org/2000/svg';
const TILE = 40;
// One square per state, placed roughly where the state lies: [code, column, row].
const TILES = [
  ['AK', 0, 0], ['ME', 10, 0],
  ['VT', 9, 1], ['NH', 10, 1],
  ['WA', 0, 2], ['ID', 1, 2], ['MT', 2, 2], ['ND', 3, 2], ['MN', 4, 2], ['IL', 5, 2], ['WI', 6, 2],
  ['MI', 7, 2], ['NY', 8, 2], ['RI', 9, 2], ['MA', 10, 2],
  ['OR', 0, 3], ['NV', 1, 3], ['WY', 2, 3], ['SD', 3, 3], ['IA', 4, 3], ['IN', 5, 3], ['OH', 6, 3],
  ['PA', 7, 3], ['NJ', 8, 3], ['CT', 9, 3],
  ['CA', 0, 4], ['UT', 1, 4], ['CO', 2, 4], ['NE', 3, 4], ['MO', 4, 4], ['KY', 5, 4], ['WV', 6, 4],
  ['VA', 7, 4], ['MD', 8, 4], ['DE', 9, 4],
  ['AZ', 1, 5], ['NM', 2, 5], ['KS', 3, 5], ['AR', 4, 5], ['TN', 5, 5], ['NC', 6, 5], ['SC', 7, 5], ['DC', 8, 5],
  ['OK', 3, 6], ['LA', 4, 6], ['MS', 5, 6], ['AL', 6, 6], ['GA', 7, 6],
  ['HI', 0, 7], ['TX', 3, 7], ['FL', 8, 7]
];
const VERDICT_CLASSES = ['verdict-allowed', 'verdict-conditional', 'verdict-review', 'verdict-prohibited', 'verdict-none'];

const $ = (selector) => document.querySelector(selector);
let names = {};
let decisionsByCode = {};

function apiKey() {
  return sessionStorage.getItem(KEY_STORE) || '';
}

async function api(path, options = {}) {
  const headers = Object.assign({ 'Authorization': 'Bearer ' + apiKey() }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || ('HTTP ' + response.status));
    error.problem = body;
    throw error;
  }
  return body;
}

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function verdictClass(verdict) {
  return verdict ? 'verdict-' + verdict.toLowerCase() : 'verdict-none';
}

// --- The key ------------------------------------------------------------------------------------

async function useKey(key) {
  sessionStorage.setItem(KEY_STORE, key);
  $('#key-state').textContent = 'checking…';
  try {
    const jurisdictions = await api('/api/v1/jurisdictions');
    names = Object.fromEntries(jurisdictions.map((j) => [j.code, j.name]));
    $('#key-state').textContent = 'key accepted';
  } catch (e) {
    $('#key-state').textContent = 'key refused: ' + e.message;
  }
}

// --- The form -----------------------------------------------------------------------------------

function selectedKind() {
  return document.querySelector('input[name=kind]:checked').value;
}

function showFieldsOf(kind) {
  document.querySelectorAll('.kind-fields').forEach((group) => { group.hidden = group.dataset.kind !== kind; });
}

function value(name) {
  const field = document.querySelector('.kind-fields:not([hidden]) [name=' + name + ']');
  const text = field ? field.value.trim() : '';
  return text === '' ? undefined : text;
}

function list(name) {
  const text = value(name);
  return text ? text.split(',').map((item) => item.trim()).filter(Boolean) : [];
}

function subject() {
  const kind = selectedKind();
  if (kind === 'EVENT_CONTRACT') {
    const venue = value('venueName') || value('registration')
      ? { name: value('venueName'), registration: value('registration') } : undefined;
    return { kind, title: value('title'), description: value('description'), terms: value('terms'), venue };
  }
  if (kind === 'PRODUCT') {
    return { kind, productType: value('productType'), providerType: value('providerType'),
      providerDomicile: value('providerDomicile'), pegCurrency: value('pegCurrency'),
      underlyingAssetLocation: value('underlyingAssetLocation'), targetMarkets: list('targetMarkets'),
      approvals: list('approvals'),
      // Unanswered stays unanswered: the packs send a product whose control is not stated to review.
      controlledByDomesticEntity: { true: true, false: false }[value('controlledByDomesticEntity')] };
  }
  return { kind, name: value('name'), businessScope: value('businessScope'), registeredIn: value('registeredIn') };
}

// The vocabulary of products comes from the API's own OpenAPI document, so the page never lags it.
async function loadProductVocabulary() {
  const fill = (select, values) => {
    select.replaceChildren(element('option', { value: '' }, '—'));
    values.forEach((v) => select.append(element('option', { value: v }, v)));
  };
  try {
    const response = await fetch('/v3/api-docs');
    const schemas = (await response.json()).components.schemas;
    fill(document.querySelector('[name=productType]'), schemas.Product.properties.productType.enum);
    fill(document.querySelector('[name=providerType]'), schemas.Product.properties.providerType.enum);
  } catch (e) {
    fill(document.querySelector('[name=productType]'), []);
  }
}

function showErrors(error) {
  const list = $('#errors');
  list.replaceChildren();
  const errors = (error.problem && error.problem.errors) || [];
  list.append(element('li', {}, error.message));
  errors.forEach((e) => list.append(element('li', {}, (e.field ? e.field + ': ' : '') + e.message)));
}

async function check(event) {
  event.preventDefault();
  $('#errors').replaceChildren();
  const request = { subject: subject(), jurisdictions: ['ALL'] };
  const asOf = document.querySelector('[name=asOf]').value;
  if (asOf) request.asOf = asOf;
  $('#check').disabled = true;
  try {
    render(await api('/api/v1/decisions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) }));
  } catch (e) {
    showErrors(e);
  } finally {
    $('#check').disabled = false;
  }
}

// --- The verdicts ---------------------------------------------------------------------------------

function drawMap() {
  const map = $('#us-map');
  TILES.forEach(([state, column, row]) => {
    const code = 'US-' + state;
    const tile = document.createElementNS(SVG, 'g');
    tile.setAttribute('class', 'tile verdict-none');
    tile.setAttribute('data-code', code);
    tile.setAttribute('tabindex', '0');
    tile.setAttribute('role', 'button');
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', column * TILE);
    rect.setAttribute('y', row * TILE);
    rect.setAttribute('width', TILE);
    rect.setAttribute('height', TILE);
    rect.setAttribute('rx', 4);
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', column * TILE + TILE / 2);
    label.setAttribute('y', row * TILE + TILE / 2);
    label.textContent = state;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = code;
    tile.append(rect, label, title);
    tile.addEventListener('click', () => showDetail(code));
    tile.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') showDetail(code); });
    map.append(tile);
  });
}

function render(decision) {
  decisionsByCode = Object.fromEntries(decision.jurisdictions.map((j) => [j.jurisdiction, j]));
  document.querySelectorAll('#us-map .tile').forEach((tile) => {
    const found = decisionsByCode[tile.dataset.code];
    tile.classList.remove(...VERDICT_CLASSES);
    tile.classList.add(verdictClass(found && found.verdict));
    tile.setAttribute('data-verdict', found ? found.verdict : 'NONE');
    tile.querySelector('title').textContent = tile.dataset.code + ': ' + (found ? found.verdict + ' — '
      + found.findings.map((f) => f.reason).join(' ') : 'not decided');
  });
  const others = $('#others');
  others.replaceChildren();
  decision.jurisdictions.filter((j) => !j.jurisdiction.startsWith('US-')).forEach((j) => {
    const button = element('button', { type: 'button', class: 'layer ' + verdictClass(j.verdict),
      'data-code': j.jurisdiction, 'data-verdict': j.verdict });
    button.append(element('strong', {}, names[j.jurisdiction] || j.jurisdiction), element('span', {}, j.verdict));
    button.addEventListener('click', () => showDetail(j.jurisdiction));
    others.append(button);
  });
  const summary = $('#summary');
  summary.replaceChildren('Overall ', element('span', { class: 'badge ' + verdictClass(decision.overall) }, decision.overall),
    ' as of ' + decision.asOf + ' · ');
  const link = element('a', { id: 'stored-link', href: '/api/v1/decisions/' + encodeURIComponent(decision.id) },
    'stored decision ' + decision.id);
  link.addEventListener('click', openStored);
  summary.append(link, element('span', { class: 'hint' }, ' · packs ' + decision.packSet));
  $('#result').hidden = false;
  $('#detail').replaceChildren(element('p', { class: 'hint' }, 'Pick a state or a layer to see the reasons.'));
}

// The stored decision needs the key, so the link fetches it and opens the JSON itself.
async function openStored(event) {
  event.preventDefault();
  const response = await fetch(event.currentTarget.href, { headers: { 'Authorization': 'Bearer ' + apiKey() } });
  const blob = new Blob([await response.text()], { type: 'application/json' });
  window.open(URL.createObjectURL(blob), '_blank');
}

function showDetail(code) {
  const decision = decisionsByCode[code];
  document.querySelectorAll('.tile.selected').forEach((t) => t.classList.remove('selected'));
  const tile = document.querySelector('.tile[data-code="' + code + '"]');
  if (tile) tile.classList.add('selected');
  const detail = $('#detail');
  detail.replaceChildren(element('h3', {}, (names[code] || code) + ' — ' + (decision ? decision.verdict : 'not decided')));
  if (!decision) return;
  decision.findings.forEach((finding) => {
    const box = element('div', { class: 'finding ' + verdictClass(finding.verdict) });
    box.append(element('p', {}, finding.reason));
    if (finding.reasonZh) box.append(element('p', { lang: 'zh' }, finding.reasonZh));
    if (finding.citation) {
      box.append(element('p', { class: 'meta' }, 'Cites ' + finding.citation.instrument
        + (finding.citation.article ? ', ' + finding.citation.article : '')));
    }
    if (finding.conditions && finding.conditions.length) {
      const conditions = element('ul', { class: 'conditions' });
      finding.conditions.forEach((c) => conditions.append(element('li', {}, c)));
      box.append(element('p', { class: 'meta' }, 'Conditions:'), conditions);
    }
    if (finding.evidence && finding.evidence.length) {
      const evidence = element('p', { class: 'meta' }, 'Because of ');
      finding.evidence.forEach((e, i) => {
        if (i) evidence.append(', ');
        evidence.append(element('mark', {}, e.text), (e.field ? ' in ' + e.field : ''));
      });
      box.append(evidence);
    }
    box.append(element('p', { class: 'meta' }, finding.verdict + ' · rule ' + finding.ruleId + ' · ' + finding.pack));
    detail.append(box);
  });
}

// --- Start ------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  drawMap();
  loadProductVocabulary();
  document.querySelectorAll('input[name=kind]').forEach((radio) =>
    radio.addEventListener('change', () => showFieldsOf(selectedKind())));
  $('#key-form').addEventListener('submit', (e) => { e.preventDefault(); useKey($('#api-key').value.trim()); });
  $('#subject-form').addEventListener('submit', check);
  if (apiKey()) {
    $('#api-key').value = apiKey();
    useKey(apiKey());
  }
});
