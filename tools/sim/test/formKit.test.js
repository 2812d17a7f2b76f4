'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');

const world = require('../kits/world');
const { formProvider, formBindingData, formInfo, sim } = require('../kits/FormKit');

world.configure({});

async function rejectsWithCode(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.code, code, error.message);
    return true;
  });
}

test('FormParam keys match the declarations', () => {
  assert.equal(formInfo.FormParam.IDENTITY_KEY, 'ohos.extra.param.key.form_identity');
  assert.equal(formInfo.FormParam.DIMENSION_KEY, 'ohos.extra.param.key.form_dimension');
  assert.equal(formInfo.FormParam.NAME_KEY, 'ohos.extra.param.key.form_name');
  assert.equal(formInfo.FormParam.TEMPORARY_KEY, 'ohos.extra.param.key.form_temporary');
  assert.equal(formInfo.FormDimension.Dimension_2_2, 2);
  assert.equal(formInfo.FormDimension.Dimension_2_4, 3);
  assert.equal(formInfo.FormDimension.DIMENSION_2_3, 8);
  assert.equal(formInfo.FormShape.CIRCLE, 2);
  assert.equal(formInfo.FormState.READY, 1);
});

test('updateForm rejects a non-numeric id with 401', async () => {
  await rejectsWithCode(formProvider.updateForm('card-1', formBindingData.createFormBindingData({})), 401);
  await rejectsWithCode(formProvider.updateForm(12345, formBindingData.createFormBindingData({})), 401);
  await rejectsWithCode(formProvider.updateForm('', formBindingData.createFormBindingData({})), 401);
});

test('updateForm rejects an unknown id with 16501001', async () => {
  await rejectsWithCode(formProvider.updateForm('999', formBindingData.createFormBindingData({})), 16501001);
});

test('updateForm rejects data not made by createFormBindingData', async () => {
  sim.addLocalForm('100');
  await rejectsWithCode(formProvider.updateForm('100', { state: 'synced' }), 401);
});

test('updateForm replaces the card data and sends strings', async () => {
  sim.addLocalForm('101');
  const host = world.current().formHost;
  await formProvider.updateForm('101', formBindingData.createFormBindingData({ a: 1, b: true, c: 'x', d: { e: 2 }, skip: undefined }));
  assert.deepEqual(host.cardData('101'), { a: '1', b: 'true', c: 'x', d: '{"e":2}' });
  await formProvider.updateForm('101', formBindingData.createFormBindingData({ c: 'y' }));
  assert.deepEqual(host.cardData('101'), { c: 'y' });
});

test('createFormBindingData parses JSON strings and rejects bad ones', () => {
  assert.deepEqual(formBindingData.createFormBindingData('{"k":"v"}').data, { k: 'v' });
  assert.deepEqual(formBindingData.createFormBindingData().data, {});
  assert.throws(() => formBindingData.createFormBindingData('{not json'), { code: 401 });
});

test('setFormNextRefreshTime needs at least 5 minutes', async () => {
  sim.addLocalForm('102');
  await rejectsWithCode(formProvider.setFormNextRefreshTime('102', 4), 16501000);
  await rejectsWithCode(formProvider.setFormNextRefreshTime('102', 4.9), 16501000);
  await formProvider.setFormNextRefreshTime('102', 5);
  await rejectsWithCode(formProvider.setFormNextRefreshTime('103', 10), 16501001);
  await rejectsWithCode(formProvider.setFormNextRefreshTime('103', 4), 16501001);
  await rejectsWithCode(formProvider.setFormNextRefreshTime('102', '5'), 401);
  await rejectsWithCode(formProvider.setFormNextRefreshTime('abc', 5), 401);
});

test('updateForm calls are counted', async () => {
  const before = world.current().counters['formProvider.updateForm'] || 0;
  await formProvider.updateForm('102', formBindingData.createFormBindingData({})).catch(() => {});
  assert.equal(world.current().counters['formProvider.updateForm'], before + 1);
});
