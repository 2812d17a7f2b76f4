'use strict';

/**
 * The simulated HarmonyOS device that runs the real app code on Node.
 *
 *   const { createDevice } = require('./tools/sim/host');
 *   const device = await createDevice({ projectRoot, deviceType: 'phone', locale: 'en-Latn-US',
 *                                       timeZone: 'Asia/Shanghai', startTime: '2026-01-05T09:00:00Z' });
 *
 * createDevice(options) -> Promise<Device>. Options, all optional:
 *   projectRoot   folder with entry/ and widget/ (default: this repository)
 *   deviceType    'phone' | 'tablet' | 'wearable' (default 'phone')
 *   locale        BCP 47 tag, e.g. 'zh-Hans-CN' (default 'en-Latn-US')
 *   timeZone      IANA name (default 'UTC'); Date in this Node process follows it
 *   startTime     epoch ms or ISO string (default 2026-01-05T09:00:00Z)
 *   colorMode     'light' | 'dark'
 *   account       initial Health account, see setAccount()
 *   sandboxDir    app sandbox folder (default: a new temp folder, removed by close())
 *   firstFormId   id of the first card, a positive integer or its string (default 1722000000).
 *                 Later cards count up from it.
 *
 * Every method that changes the device resolves after the device is idle:
 * no message in flight between the processes and the system, so cards() then
 * shows the settled state.
 *
 * Cards (Form Manager):
 *   addCard({ formName?, dimension? }) -> formId      calls onAddForm; dimension '2*2' or FormDimension number
 *   removeCard(formId)                                 calls onRemoveForm
 *   pickerPreview({ formName?, dimensions?, choose })  adds one preview per dimension, removes the unchosen;
 *                                                      returns the chosen formId (null if none)
 *   cardAction(formId, { action, abilityName, params }, { rawData? })
 *                                                      what postCardAction sends; 'call' is checked as the Form
 *                                                      Manager does and dropped with a log line if it fails;
 *                                                      rawData replaces the JSON the callee reads.
 *                                                      Returns { delivered, reason? }
 *   pressButton(formId, { force? })                   a press of the card's button as the card page sends it
 *                                                      ('call', or 'router' per buttonAction); sends nothing
 *                                                      while buttonEnabled is 'false' unless force is true.
 *                                                      Returns { delivered, reason? }
 *   cards() -> [{ formId, formName, dimension, data }] data: the card's current binding data (strings)
 *   card(formId) -> data | null
 *   refreshCard(formId)                                calls onUpdateForm (timer refreshes also do)
 *   reboot()                                           kills both processes, rebuilds every card from onAddForm
 *
 * App processes:
 *   openApp() / leaveApp()                             the user opens the app from its icon / goes home
 *   killApp(reason?)                                   kills the main process at once (mid-sync)
 *   processRunning('main' | 'form') -> boolean
 *   processInfo('main' | 'form') -> { loadMs, moduleCount, sourceBytes, files } of the loaded app code
 *   counters('main' | 'form') -> { 'healthStore.syncAll': n, 'formProvider.updateForm': n, 'rdb.write': n, ... }
 *
 * Account and settings:
 *   setAccount({ signedIn, privacyAccepted, scopeGranted, network, latencyMs, consent })
 *   injectHealthResult(...entries)                     entries: a code, 'hang', 'ok' or { api, result }
 *   setBackgroundTasks({ refuse, lowBattery })         transient-task switches
 *   setLocale(tag), setColorMode('light' | 'dark'), setTimeZone(name)
 *                                                      locale and color mode reach every running process
 *                                                      as onConfigurationUpdate; a time zone change sends
 *                                                      no callback (there is none on the platform)
 *   health                                             the current account state, with calls per API
 *
 * Clock (simulated; the app's Date and timers use it):
 *   clock.now(), clock.advance(ms), clock.set(epochMsOrIso)
 *
 * Output:
 *   logs() -> [{ kind: 'hilog' | 'action' | 'update' | 'system', timeMs, line, formId?, data?, process? }]
 *   on('update', ({ formId, data }) => ...)            every card data change
 *   on('log', (entry) => ...)                          every log entry as it happens
 *   on('router', ({ formId, want }) => ...)            a router action opened the app
 *   on('openLink', ({ link }) => ...)                  the app called context.openLink
 *   close()                                            stops the processes, removes the temp sandbox
 */

const { Device, createDevice, FORM_PROCESS_IDLE_MS, SUSPEND_AFTER_MS } = require('./device');

module.exports = { createDevice, Device, FORM_PROCESS_IDLE_MS, SUSPEND_AFTER_MS };
