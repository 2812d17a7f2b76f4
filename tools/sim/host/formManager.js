'use strict';

// The Form Manager part of the simulated device: placing and removing cards,
// the form process and its 10 s lifetime, onUpdateForm and timer refreshes.
// Its methods are mixed into Device (device.js) and use its state.

const { formInfo, sim: formKitSim } = require('../kits/FormKit');
const { parseDimension } = require('./appConfig');
const { nextRefreshDelay, takeRefreshQuota, refreshQuotaLeft } = require('./timerRefresh');

// The form process ends this long after its last callback (Form Kit guide;
// older documents give 5 s).
const FORM_PROCESS_IDLE_MS = 10000;
// Id of the first card when createDevice gets no `firstFormId`.
const DEFAULT_FIRST_FORM_ID = 1722000000;

// createDevice's `firstFormId`: a positive integer, or its decimal string,
// because form ids are numeric strings (formInfo.FormParam.IDENTITY_KEY).
function parseFirstFormId(value) {
  if (value === undefined || value === null) {
    return DEFAULT_FIRST_FORM_ID;
  }
  const number = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    throw new Error(`Invalid firstFormId '${String(value)}': expected a positive integer such as ${DEFAULT_FIRST_FORM_ID}.`);
  }
  return number;
}

class FormManagerMethods {
  async formProcessHandle() {
    if (this.formProcess && this.formProcess.alive) {
      return this.formProcess;
    }
    if (!this.config.formAbility) {
      throw new Error('The app declares no form extension ability in module.json5.');
    }
    this.formProcess = await this.startProcess('form', this.config.formAbility.srcFile);
    return this.formProcess;
  }

  // Runs one FormExtensionAbility callback, then restarts the 10 s countdown
  // after which the form process ends.
  async formCallback(op, ...args) {
    const handle = await this.formProcessHandle();
    try {
      return await handle.request(op, ...args);
    } finally {
      this.armFormIdleTimer();
    }
  }

  armFormIdleTimer() {
    if (this.formIdleTimer !== null) {
      this.hostClock.clearTimeout(this.formIdleTimer);
    }
    this.formIdleTimer = this.hostClock.setTimeout(() => {
      this.formIdleTimer = null;
      if (this.formProcess && this.formProcess.alive) {
        this.track(this.formProcess.kill(`ended ${FORM_PROCESS_IDLE_MS / 1000} s after its last callback`));
      }
    }, FORM_PROCESS_IDLE_MS);
  }

  track(promise) {
    this.hostWork.add(promise);
    promise.finally(() => this.hostWork.delete(promise)).catch(() => {});
    return promise;
  }

  formWant(form) {
    return {
      bundleName: this.config.bundleName,
      moduleName: this.config.moduleName,
      abilityName: this.config.formAbility.name,
      parameters: {
        [formInfo.FormParam.IDENTITY_KEY]: form.formId,
        [formInfo.FormParam.DIMENSION_KEY]: form.dimension.value,
        [formInfo.FormParam.NAME_KEY]: form.formName,
        [formInfo.FormParam.MODULE_NAME_KEY]: this.config.moduleName,
        [formInfo.FormParam.TEMPORARY_KEY]: false,
      },
    };
  }

  formConfig(formName) {
    return this.config.forms.find((form) => form.name === formName);
  }

  // Places a card: checks the form name and dimension against form_config.json,
  // then calls onAddForm and shows what it returned.
  async addCard({ formName, dimension } = {}) {
    const formConfig = formName ? this.formConfig(formName) : this.config.forms.find((form) => form.isDefault) || this.config.forms[0];
    if (!formConfig) {
      throw new Error(`Unknown form '${formName}': form_config.json declares ${this.config.forms.map((form) => form.name).join(', ')}.`);
    }
    const parsed = parseDimension(dimension || formConfig.defaultDimension);
    if (!(formConfig.supportDimensions || []).includes(parsed.name)) {
      throw new Error(`Form '${formConfig.name}' does not support dimension ${parsed.name}: it supports ${(formConfig.supportDimensions || []).join(', ')}.`);
    }

    const formId = String(this.firstFormId + this.nextFormNumber++);
    const form = { formId, formName: formConfig.name, dimension: parsed, data: null, updateCount: 0, refreshTimer: null, nextRefreshTimer: null };
    this.forms.set(formId, form);
    this.log('system', `FormManager: add ${formConfig.name} ${parsed.name}`, { formId });

    await this.runAddForm(form);
    this.scheduleTimerRefresh(form);
    await this.idle();
    return formId;
  }

  async runAddForm(form) {
    try {
      form.data = await this.formCallback('addForm', this.formWant(form));
      this.log('update', 'onAddForm returned', { formId: form.formId, data: form.data, process: 'form' });
      this.emit('update', { formId: form.formId, data: { ...form.data } });
    } catch (error) {
      form.data = {};
      this.log('system', `FormManager: onAddForm failed, the card stays blank: ${error.message}`, { formId: form.formId });
    }
  }

  async removeCard(formId) {
    const form = this.requireForm(formId);
    this.forms.delete(formId);
    if (form.refreshTimer !== null) {
      this.hostClock.clearTimeout(form.refreshTimer);
    }
    if (form.nextRefreshTimer !== null) {
      this.hostClock.clearTimeout(form.nextRefreshTimer);
    }
    this.log('system', 'FormManager: remove card', { formId });
    try {
      await this.formCallback('removeForm', formId);
    } catch (error) {
      this.log('system', `FormManager: onRemoveForm failed: ${error.message}`, { formId });
    }
    await this.idle();
  }

  // The widget picker: onAddForm for one preview per dimension, then
  // onRemoveForm for every preview the user did not choose.
  async pickerPreview({ formName, dimensions, choose } = {}) {
    const formConfig = formName ? this.formConfig(formName) : this.config.forms.find((form) => form.isDefault);
    const sizes = dimensions || (formConfig ? formConfig.supportDimensions : []);
    const chosenName = choose === undefined || choose === null ? null : parseDimension(choose).name;
    // Checked before any preview is added, so a typo cannot remove every preview and leave the
    // scenario pointing at no card.
    const offered = sizes.map((dimension) => parseDimension(dimension).name);
    if (chosenName !== null && !offered.includes(chosenName)) {
      const name = formName || (formConfig ? formConfig.name : 'the default form');
      throw new Error(`pickerPreview: ${name} offers ${offered.join(', ')}, not ${choose}`);
    }

    const previews = [];
    for (const dimension of sizes) {
      previews.push({ dimension: parseDimension(dimension).name, formId: await this.addCard({ formName, dimension }) });
    }
    let chosen = null;
    for (const preview of previews) {
      if (preview.dimension === chosenName && chosen === null) {
        chosen = preview.formId;
      } else {
        await this.removeCard(preview.formId);
      }
    }
    return chosen;
  }

  cards() {
    return [...this.forms.values()].map((form) => ({
      formId: form.formId,
      formName: form.formName,
      dimension: form.dimension.name,
      data: form.data === null ? null : { ...form.data },
    }));
  }

  card(formId) {
    const form = this.forms.get(formId);
    return form && form.data !== null ? { ...form.data } : null;
  }

  async refreshCard(formId, wantParams = {}) {
    this.requireForm(formId);
    await this.runUpdateForm(formId, wantParams);
    await this.idle();
  }

  // onUpdateForm without waiting for the device to settle, so that a host
  // timer can run it (idle() waits for host timer work).
  async runUpdateForm(formId, wantParams = {}) {
    this.log('system', 'FormManager: onUpdateForm', { formId });
    try {
      await this.formCallback('updateForm', formId, wantParams);
    } catch (error) {
      this.log('system', `FormManager: onUpdateForm failed: ${error.message}`, { formId });
    }
  }

  scheduleTimerRefresh(form) {
    const delay = nextRefreshDelay(this.formConfig(form.formName), this.timeZone, this.hostClock.now());
    if (delay !== null) {
      this.scheduleRefresh(form, delay, 'timer refresh');
    }
  }

  // formProvider.setFormNextRefreshTime(formId, minute), in the order of the
  // Form Manager Service (FormMgrAdapter::SetNextRefreshTimeLocked): an
  // unknown id rejects with 16501001, a form with no refresh left today with
  // 16501002 (its message there: "already refresh 50 times"), a delay under
  // 5 minutes with 16501000. A later call replaces the pending one
  // (FormTimerMgr::SetNextRefreshTime). The refresh runs onUpdateForm, counts
  // against the quota and leaves a scheduledUpdateTime refresh alone.
  // NOTE: the Form Manager also pauses an updateDuration refresh of the form
  // until the next refresh has run; the simulator keeps it running.
  setNextRefreshTime(formId, minute) {
    const form = this.requireForm(formId);
    const now = this.hostClock.now();
    if (refreshQuotaLeft(form, this.timeZone, now) <= 0) {
      this.log('system', 'FormManager: next refresh time rejected, the daily refresh quota is used', { formId });
      throw Object.assign(new Error('The number of forms exceeds the maximum allowed: already refreshed 50 times today.'), { code: 16501002 });
    }
    formKitSim.checkNextRefreshMinute(minute);
    if (form.nextRefreshTimer !== null) {
      this.hostClock.clearTimeout(form.nextRefreshTimer);
    }
    form.nextRefreshTimer = this.hostClock.setTimeout(() => {
      form.nextRefreshTimer = null;
      if (!this.forms.has(form.formId)) {
        return;
      }
      if (takeRefreshQuota(form, this.timeZone, this.hostClock.now())) {
        this.track(this.runUpdateForm(form.formId));
      } else {
        this.log('system', 'FormManager: next refresh skipped, the daily quota is used', { formId: form.formId });
      }
    }, minute * 60 * 1000);
    this.log('system', `FormManager: next refresh time in ${minute} min`, { formId });
    return undefined;
  }

  scheduleRefresh(form, delayMs, reason) {
    if (form.refreshTimer !== null) {
      this.hostClock.clearTimeout(form.refreshTimer);
    }
    form.refreshTimer = this.hostClock.setTimeout(() => {
      form.refreshTimer = null;
      if (!this.forms.has(form.formId)) {
        return;
      }
      if (takeRefreshQuota(form, this.timeZone, this.hostClock.now())) {
        this.track(this.runUpdateForm(form.formId));
      } else {
        this.log('system', 'FormManager: timer refresh skipped, the daily quota is used', { formId: form.formId });
      }
      this.scheduleTimerRefresh(form);
    }, delayMs);
    this.log('system', `FormManager: ${reason} in ${Math.round(delayMs / 1000)} s`, { formId: form.formId });
  }
}

module.exports = { FormManagerMethods, FORM_PROCESS_IDLE_MS, DEFAULT_FIRST_FORM_ID, parseFirstFormId };
