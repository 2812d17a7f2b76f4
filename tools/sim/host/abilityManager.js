'use strict';

// The ability manager part of the simulated device: card actions ('call',
// 'router', 'message'), the main process with its UIAbility, suspension in
// the background, killing and rebooting. Its methods are mixed into Device
// (device.js) and use its state.

const { formInfo } = require('../kits/FormKit');
const { AbilityConstant } = require('../kits/AbilityKit');
const { checkCallAction, checkRouterAction, buttonAction } = require('./cardActions');

// A background app without a transient task is suspended after a few seconds
// (older documents: 6 to 12 s); the simulator uses the low end.
const SUSPEND_AFTER_MS = 6000;

class AbilityManagerMethods {
  mainAbility(abilityName) {
    return this.config.abilities.find((ability) => ability.name === abilityName);
  }

  async mainProcessHandle(ability) {
    if (this.mainProcess && this.mainProcess.alive) {
      return { handle: this.mainProcess, created: false };
    }
    try {
      this.mainProcess = await this.startProcess('main', ability.srcFile);
    } catch (error) {
      error.code = 'PROCESS_DEAD';
      throw error;
    }
    this.mainState = 'created';
    this.mainProcess.hasWindowStage = false;
    return { handle: this.mainProcess, created: true };
  }

  abilityWant(ability, parameters) {
    return { bundleName: this.config.bundleName, moduleName: this.config.moduleName, abilityName: ability.name, parameters };
  }

  // What postCardAction sends from a card page. `options.rawData` replaces
  // the JSON of params that the callee reads, to test malformed input.
  async cardAction(formId, action, options = {}) {
    this.log('action', `card action ${action && action.action}`, { formId, action });
    if (!this.forms.has(formId)) {
      this.log('system', 'FormManager: dropped the action: the card does not exist', { formId });
      return { delivered: false, reason: 'unknown form' };
    }

    let result;
    const kind = action && action.action;
    if (kind === 'call') {
      result = await this.deliverCall(formId, action, options);
    } else if (kind === 'router') {
      result = await this.deliverRouter(formId, action);
    } else if (kind === 'message') {
      await this.formCallback('formEvent', formId, JSON.stringify((action && action.params) || {}));
      result = { delivered: true };
    } else {
      this.log('system', `FormManager: dropped the action: unknown action '${String(kind)}'`, { formId });
      result = { delivered: false, reason: 'unknown action' };
    }
    await this.idle();
    return result;
  }

  // A press of the card's button as the card page sends it. A button whose
  // buttonEnabled is 'false' sends nothing, as `.enabled(false)` blocks the
  // tap on a device; `force` sends it anyway. Returns { delivered, reason? }.
  async pressButton(formId, { force = false } = {}) {
    const data = this.card(formId);
    if (data && data.buttonEnabled === 'false' && !force) {
      this.log('action', 'button tap ignored: the button is disabled', { formId });
      return { delivered: false, reason: 'button disabled' };
    }
    return this.cardAction(formId, buttonAction(data));
  }

  async deliverCall(formId, action, options) {
    const problem = checkCallAction(this.config, action);
    if (problem) {
      this.log('system', `FormManager: dropped the call event: ${problem}`, { formId });
      return { delivered: false, reason: problem };
    }
    const ability = this.mainAbility(action.abilityName);
    const params = action.params;

    try {
      const { handle, created } = await this.mainProcessHandle(ability);
      if (created) {
        const want = this.abilityWant(ability, { formID: formId, [formInfo.FormParam.IDENTITY_KEY]: formId, ...params });
        await handle.request('create', want, AbilityConstant.LaunchReason.CALL);
        await handle.request('background');
        this.mainState = 'background';
      }
      await this.thawMain('a call event');
      const data = options.rawData !== undefined ? options.rawData : JSON.stringify(params);
      const reply = await handle.request('invokeCallee', params.method, data);
      if (!reply.returnedParcelable) {
        this.log('system', `AbilityManager: callee '${params.method}' returned no rpc.Parcelable`, { formId });
      }
    } catch (error) {
      return this.onCalleeFailure(formId, params.method, error);
    }
    if (this.mainState !== 'foreground') {
      this.armSuspendTimer();
    }
    return { delivered: true };
  }

  async onCalleeFailure(formId, method, error) {
    if (error.code === 16200005) {
      this.log('system', `AbilityManager: dropped the call: method '${method}' is not registered`, { formId });
      return { delivered: false, reason: 'method not registered' };
    }
    if (error.code === 'PROCESS_DEAD') {
      return { delivered: false, reason: 'process died' };
    }
    // An exception thrown out of the callee is an uncaught JS error in the main thread.
    this.log('system', `AbilityManager: the callee threw (${error.message}); the app process crashed`, { formId });
    await this.killApp('crashed with a JS error in the callee');
    return { delivered: false, reason: 'callee threw' };
  }

  async deliverRouter(formId, action) {
    const problem = checkRouterAction(this.config, action);
    if (problem) {
      this.log('system', `FormManager: dropped the router event: ${problem}`, { formId });
      return { delivered: false, reason: problem };
    }
    const ability = this.mainAbility(action.abilityName);
    const want = this.abilityWant(ability, {
      formID: formId,
      [formInfo.FormParam.IDENTITY_KEY]: formId,
      params: JSON.stringify(action.params || {}),
    });
    try {
      await this.openAbility(ability, want);
    } catch (error) {
      this.log('system', `AbilityManager: could not start ${ability.name}: ${error.message}`, { formId });
      return { delivered: false, reason: 'process died' };
    }
    this.emit('router', { formId, want });
    return { delivered: true };
  }

  // Starts the ability in the foreground, or brings it there with onNewWant.
  async openAbility(ability, want) {
    const { handle, created } = await this.mainProcessHandle(ability);
    await this.thawMain('a start request');
    if (created) {
      await handle.request('create', want, AbilityConstant.LaunchReason.START_ABILITY);
    } else {
      await handle.request('newWant', want, AbilityConstant.LaunchReason.START_ABILITY);
    }
    if (!handle.hasWindowStage) {
      await handle.request('windowStageCreate');
      handle.hasWindowStage = true;
    }
    await handle.request('foreground');
    this.mainState = 'foreground';
    this.disarmSuspendTimer();
  }

  // The user opens the app from its icon.
  async openApp() {
    const ability = this.mainAbility(this.config.abilities[0].name);
    await this.openAbility(ability, this.abilityWant(ability, {}));
    await this.idle();
  }

  // The user leaves the app: it goes to the background and is suspended
  // later unless it has a transient task.
  async leaveApp() {
    if (this.mainProcess && this.mainProcess.alive && this.mainState === 'foreground') {
      await this.mainProcess.request('background');
      this.mainState = 'background';
      this.armSuspendTimer();
    }
    await this.idle();
  }

  armSuspendTimer() {
    this.disarmSuspendTimer();
    this.suspendTimer = this.hostClock.setTimeout(() => {
      this.suspendTimer = null;
      this.track(this.suspendIfIdle());
    }, SUSPEND_AFTER_MS);
  }

  disarmSuspendTimer() {
    if (this.suspendTimer !== null) {
      this.hostClock.clearTimeout(this.suspendTimer);
      this.suspendTimer = null;
    }
  }

  async suspendIfIdle() {
    const handle = this.mainProcess;
    if (!handle || !handle.alive || this.mainState === 'foreground' || handle.frozen) {
      return;
    }
    await handle.request('ping').catch(() => {});
    if (handle.lastSnapshot && handle.lastSnapshot.activeTransientTasks > 0) {
      this.armSuspendTimer();
      return;
    }
    handle.freeze();
    this.log('system', 'main process suspended (background, no transient task)', { process: 'main' });
  }

  // Resumes a suspended main process. Its clock catches up with the device,
  // so timers that fell due while it was suspended fire now.
  async thawMain(reason) {
    const handle = this.mainProcess;
    if (handle && handle.alive && handle.frozen) {
      handle.thaw();
      this.log('system', `main process resumed for ${reason}`, { process: 'main' });
      await handle.request('advanceTo', this.hostClock.now());
    }
  }

  async killApp(reason = 'killed') {
    this.disarmSuspendTimer();
    if (this.mainProcess && this.mainProcess.alive) {
      await this.mainProcess.kill(reason);
    }
    this.mainState = 'none';
    await this.idle();
  }

  // Kills both processes and rebuilds every card from onAddForm, as after a
  // device restart. The sandbox files stay.
  async reboot() {
    this.log('system', 'device reboot');
    await this.killApp('stopped by the reboot');
    if (this.formProcess && this.formProcess.alive) {
      await this.formProcess.kill('stopped by the reboot');
    }
    for (const form of this.forms.values()) {
      form.data = null;
    }
    for (const form of this.forms.values()) {
      await this.runAddForm(form);
      this.scheduleTimerRefresh(form);
    }
    await this.idle();
  }
}

module.exports = { AbilityManagerMethods, SUSPEND_AFTER_MS };
