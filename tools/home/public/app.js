'use strict';

// The home screen page: draws the cards the server renders, sends taps and control changes to
// the server, and follows the live log over Server-Sent Events.

(function homeScreen() {
  const state = { forms: [], cards: new Map(), world: {}, clock: 0 };
  const MAX_LOG_ENTRIES = 500;

  const $ = (selector) => document.querySelector(selector);

  async function api(method, url, body) {
    const options = { method, headers: {} };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(url, options);
    if (response.status === 204) {
      return null;
    }
    const payload = await response.json();
    if (!response.ok) {
      const error = new Error(payload.error || `${method} ${url} failed with ${response.status}`);
      error.status = response.status;
      error.payload = payload;
      throw error;
    }
    return payload;
  }

  function showError(error) {
    $('#control-error').textContent = error ? error.message : '';
  }

  // ---- Drawing ----

  function formatClock(ms, timeZone) {
    const options = { dateStyle: 'medium', timeStyle: 'medium', hour12: false };
    try {
      return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone || 'UTC' }).format(new Date(ms));
    } catch {
      return new Date(ms).toISOString();
    }
  }

  function formatShortTime(ms, timeZone) {
    try {
      return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: timeZone || 'UTC' }).format(new Date(ms));
    } catch {
      return '';
    }
  }

  function drawHeader() {
    const status = $('#simulator-status');
    const standIn = state.simulator === 'stand-in';
    status.textContent = standIn ? 'simulator host missing: taps run no app code' : 'simulator running';
    status.classList.toggle('stand-in', standIn);
    $('#clock').textContent = `${formatClock(state.clock, state.world.timeZone)} (${state.world.timeZone || 'UTC'})`;
    $('#phone-time').textContent = formatShortTime(state.clock, state.world.timeZone);
    $('#phone').classList.toggle('dark', state.world.colorMode === 'dark');
  }

  function cardSlot(card) {
    const slot = document.createElement('div');
    slot.className = 'slot';
    slot.dataset.key = card.key;
    slot.dataset.formId = card.formId;
    slot.dataset.device = card.device;
    slot.dataset.formName = card.formName;
    slot.dataset.dimension = card.dimension;
    slot.dataset.state = card.bindingData.state || '';

    if (card.device === 'phone') {
      const [rows, columns] = card.dimension.split('*').map(Number);
      slot.style.gridColumn = `span ${columns}`;
      slot.style.gridRow = `span ${rows}`;
    }

    const body = document.createElement('div');
    body.className = 'card-host';
    body.innerHTML = card.html;
    slot.appendChild(body);

    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.title = `Remove card ${card.formId}`;
    slot.title = `${card.formName} ${card.dimension} (form id ${card.formId})`;
    remove.setAttribute('aria-label', `Remove card ${card.formId}`);
    remove.textContent = '×';
    remove.addEventListener('click', () => removeCard(card.key));
    slot.appendChild(remove);

    const label = document.createElement('div');
    label.className = 'slot-label';
    label.textContent = `${card.formName} ${card.dimension}${card.shape === 'circle' ? ' circle' : ''}`;
    slot.appendChild(label);

    body.addEventListener('click', (event) => onCardClick(card.key, event));
    return slot;
  }

  function drawCards() {
    const phoneGrid = $('#phone-grid');
    const watchList = $('#watch');
    phoneGrid.replaceChildren();
    watchList.replaceChildren();

    for (const card of state.cards.values()) {
      const slot = cardSlot(card);
      if (card.device === 'phone') {
        phoneGrid.appendChild(slot);
      } else {
        const item = document.createElement('div');
        item.className = 'watch-item';
        const watch = document.createElement('div');
        watch.className = 'watch';
        watch.appendChild(slot);
        const label = slot.querySelector('.slot-label');
        item.append(watch, label);
        watchList.appendChild(item);
      }
    }
    if (phoneGrid.children.length === 0) {
      phoneGrid.innerHTML = '<div class="empty" style="grid-column: span 4">No cards on the phone. Add one below.</div>';
    }
    if (watchList.children.length === 0) {
      watchList.innerHTML = '<div class="empty">No cards on the watch. Add one below.</div>';
    }
    drawNotes();
  }

  function drawNotes() {
    const list = $('#notes');
    list.replaceChildren();
    for (const card of state.cards.values()) {
      for (const note of card.notes) {
        const item = document.createElement('li');
        item.className = `level-${note.level}`;
        item.textContent = `card ${card.formId} (${card.formName}): ${note.location ? `${note.location} ` : ''}${note.message}`;
        list.appendChild(item);
      }
    }
    if (list.children.length === 0) {
      list.innerHTML = '<li>None: every component and attribute of the placed cards was rendered.</li>';
    }
  }

  function drawControls() {
    const world = state.world;
    for (const id of ['signedIn', 'privacyAccepted', 'scopeGranted', 'network']) {
      $(`#${id}`).checked = Boolean(world[id]);
    }
    $('#latencyMs').value = world.latencyMs ?? 0;
    $('#locale').value = world.locale || 'en_US';
    $('#dark').checked = world.colorMode === 'dark';

    const result = String(world.nextResult ?? 'success');
    const select = $('#nextResult');
    if ([...select.options].some((option) => option.value === result)) {
      select.value = result;
      $('#custom-code-row').hidden = true;
    } else {
      select.value = 'custom';
      $('#custom-code-row').hidden = false;
      $('#customCode').value = result;
    }
  }

  function fillAddForms() {
    for (const formElement of document.querySelectorAll('.add-card')) {
      const device = formElement.dataset.device;
      const forms = state.forms.filter((form) => form.device === device);
      const formSelect = formElement.elements.form;
      formSelect.replaceChildren(...forms.map((form) => new Option(form.name, form.name)));
      const update = () => {
        const form = forms.find((item) => item.name === formSelect.value);
        const dimensions = form ? form.dimensions : [];
        formElement.elements.dimension.replaceChildren(...dimensions.map((dimension) => new Option(dimension, dimension)));
        if (form) {
          formElement.elements.dimension.value = form.defaultDimension;
        }
        if (formElement.elements.shape) {
          const shapes = form ? form.shapes : ['rect'];
          formElement.elements.shape.replaceChildren(...shapes.map((shape) => new Option(shape, shape)));
        }
      };
      formSelect.onchange = update;
      update();
      formElement.hidden = forms.length === 0;
    }
  }

  async function reloadState() {
    const payload = await api('GET', '/api/state');
    state.forms = payload.forms;
    state.world = payload.world;
    state.clock = payload.clock;
    state.simulator = payload.simulator;
    state.cards = new Map(payload.cards.map((card) => [card.key, card]));
    drawHeader();
    drawControls();
    drawCards();
  }

  async function reloadCard(key) {
    if (!state.cards.has(key)) {
      return;
    }
    try {
      const card = await api('GET', `/api/cards/${key}`);
      state.cards.set(key, card);
      drawCards();
    } catch (error) {
      // The card was removed while the update was on its way.
      state.cards.delete(key);
      drawCards();
    }
  }

  // ---- Taps ----

  async function onCardClick(key, event) {
    const target = event.target.closest('[data-click]');
    if (!target || !event.currentTarget.contains(target)) {
      return;
    }
    // Taps on disabled components go to the server too, which ignores them as a device does and
    // logs each one in the live log.
    const card = state.cards.get(key);
    try {
      await api('POST', `/api/cards/${key}/click`, { handler: Number(target.dataset.click), renderId: card.renderId });
      showError(null);
    } catch (error) {
      showError(error.payload && error.payload.ignored ? null : error);
    }
  }

  function showLanding(entry) {
    const landing = entry.landing;
    const params = landing.params || {};
    const rows = [
      ['Card', `${entry.formId} (${entry.device})`],
      ['Ability', landing.ability || '(none)'],
      ['Page', landing.page || params.target || '(default)'],
      ['Params', JSON.stringify(params)],
    ];
    if (landing.note) {
      rows.push(['Note', landing.note]);
    }
    const list = document.createElement('dl');
    for (const [term, value] of rows) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    $('#landing').replaceChildren(list);
    $('#landing').dataset.target = params.target || landing.page || '';
  }

  // ---- Live log ----

  function describeEntry(entry) {
    switch (entry.kind) {
      case 'log':
        return entry.line;
      case 'update':
        return `updateForm ${entry.formId} ${JSON.stringify(entry.data)}`;
      case 'action':
        return `postCardAction from card ${entry.formId}: ${JSON.stringify(entry.action)}`;
      case 'landing':
        return `router → ${entry.landing.ability} ${JSON.stringify(entry.landing.params || {})}`;
      case 'tapIgnored':
        return `tap ignored: ${entry.reason} (card ${entry.formId})`;
      case 'world':
        return `world ${JSON.stringify(entry.world)}`;
      case 'clock':
        return `clock moved to ${new Date(entry.clock).toISOString()}`;
      default:
        return JSON.stringify(entry);
    }
  }

  function appendLog(entry) {
    if (entry.kind === 'cards') {
      return;
    }
    const item = document.createElement('li');
    item.className = `kind-${entry.kind}${entry.level ? ` level-${entry.level}` : ''}`;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = entry.device ? `${entry.kind}@${entry.device}` : entry.kind;
    item.append(kind, ` ${describeEntry(entry)}`);
    const log = $('#log');
    log.appendChild(item);
    while (log.children.length > MAX_LOG_ENTRIES) {
      log.firstChild.remove();
    }
    log.scrollTop = log.scrollHeight;
  }

  function followEvents() {
    const source = new EventSource('/api/events');
    // After a reconnect the server may have restarted, so the whole state is fetched again.
    source.addEventListener('open', () => reloadState().catch(showError));
    const handle = (event) => {
      const entry = JSON.parse(event.data);
      appendLog(entry);
      if (entry.kind === 'update') {
        reloadCard(entry.key);
      } else if (entry.kind === 'landing') {
        showLanding(entry);
      } else if (entry.kind === 'cards' || entry.kind === 'world' || entry.kind === 'clock') {
        reloadState().catch(showError);
      }
    };
    for (const kind of ['log', 'update', 'action', 'landing', 'tapIgnored', 'world', 'clock', 'cards']) {
      source.addEventListener(kind, handle);
    }
  }

  // ---- Controls ----

  async function setWorld(patch) {
    try {
      await api('POST', '/api/world', patch);
      showError(null);
    } catch (error) {
      showError(error);
      await reloadState();
    }
  }

  async function removeCard(key) {
    try {
      await api('DELETE', `/api/cards/${key}`);
      state.cards.delete(key);
      drawCards();
    } catch (error) {
      showError(error);
    }
  }

  function wireControls() {
    for (const id of ['signedIn', 'privacyAccepted', 'scopeGranted', 'network']) {
      $(`#${id}`).addEventListener('change', (event) => setWorld({ [id]: event.target.checked }));
    }
    $('#latencyMs').addEventListener('change', (event) => setWorld({ latencyMs: Number(event.target.value) }));
    $('#locale').addEventListener('change', (event) => setWorld({ locale: event.target.value }));
    $('#dark').addEventListener('change', (event) => setWorld({ colorMode: event.target.checked ? 'dark' : 'light' }));
    $('#nextResult').addEventListener('change', (event) => {
      const value = event.target.value;
      $('#custom-code-row').hidden = value !== 'custom';
      if (value === 'custom') {
        return;
      }
      setWorld({ nextResult: value === 'success' || value === 'hang' ? value : Number(value) });
    });
    $('#customCode').addEventListener('change', (event) => setWorld({ nextResult: Number(event.target.value) }));

    $('#before-midnight').addEventListener('click', () => api('POST', '/api/clock', { beforeMidnight: true }).catch(showError));
    for (const button of document.querySelectorAll('[data-hours]')) {
      button.addEventListener('click', () => api('POST', '/api/clock', { hours: Number(button.dataset.hours) }).catch(showError));
    }
    for (const button of document.querySelectorAll('[data-kill]')) {
      button.addEventListener('click', () => api('POST', '/api/app/kill', { device: button.dataset.kill }).catch(showError));
    }
    for (const formElement of document.querySelectorAll('.add-card')) {
      formElement.addEventListener('submit', async (event) => {
        event.preventDefault();
        const body = {
          device: formElement.dataset.device,
          formName: formElement.elements.form.value,
          dimension: formElement.elements.dimension.value,
        };
        if (formElement.elements.shape) {
          body.shape = formElement.elements.shape.value;
        }
        try {
          const card = await api('POST', '/api/cards', body);
          state.cards.set(card.key, card);
          drawCards();
          showError(null);
        } catch (error) {
          showError(error);
        }
      });
    }
    $('#clear-log').addEventListener('click', () => $('#log').replaceChildren());
  }

  async function start() {
    wireControls();
    await reloadState();
    fillAddForms();
    followEvents();
    document.body.dataset.ready = 'true';
  }

  start().catch(showError);
})();
