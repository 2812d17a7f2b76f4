// API 18 members of formInfo that @arkts/declarations (API 13) lacks. This file is appended
// to the SDK's @ohos.app.form.formInfo.d.ts, so the enum below merges with the SDK's
// FormDimension. Names, values and versions are those of api/@ohos.app.form.formInfo.d.ts
// in the OpenHarmony interface_sdk-js repository.

declare namespace formInfo {
  enum FormDimension {
    /**
     * 2 x 3 form, for wearable devices only.
     *
     * @syscap SystemCapability.Ability.Form
     * @atomicservice
     * @since 18
     */
    DIMENSION_2_3 = 8,

    /**
     * 3 x 3 form, for wearable devices only.
     *
     * @syscap SystemCapability.Ability.Form
     * @atomicservice
     * @since 18
     */
    DIMENSION_3_3 = 9
  }
}
