/*
 * Declarations for Health Service Kit (`@kit.HealthServiceKit`), which ships with the
 * HarmonyOS SDK and not with OpenHarmony, so @arkts/declarations lacks it. Signatures and
 * versions follow the HarmonyOS API reference, harmonyos-references/health-api-healthstore.
 * Every API below has the system capability SystemCapability.Health.HealthStore.
 *
 * NOTE: only the members this project uses are declared. The kit has more (data reading and
 * writing, healthDataTypes), and the app cannot use them until they are added here.
 */

import type { common } from '@kit.AbilityKit';
import type { Callback } from '@ohos.base';

/**
 * Health data store of the Huawei Health app: authorization and cloud sync.
 *
 * @syscap SystemCapability.Health.HealthStore
 * @since 5.0.0(12)
 */
declare namespace healthStore {
  /**
   * A Health data type, for example steps or heart rate.
   *
   * @since 5.0.0(12)
   */
  interface DataType {
    readonly id: number;
    readonly name?: string;
  }

  /**
   * The data types and scopes an app requests the user to grant.
   *
   * @since 5.0.0(12)
   */
  interface AuthorizationRequest {
    readDataTypes: DataType[];
    writeDataTypes: DataType[];
    /**
     * OAuth scopes, such as the manual cloud sync scope
     * `https://www.huawei.com/healthkit/huaweihealthdata.cloudsync`.
     *
     * @since 5.1.0(18)
     */
    scopes?: string[];
  }

  /**
   * The grants of the user: the intersection of what the app applied for in the developer
   * console and what the user ticked.
   *
   * @since 5.0.0(12)
   */
  interface AuthorizationResponse {
    readDataTypes: DataType[];
    writeDataTypes: DataType[];
    /** @since 5.1.0(18) */
    scopes?: string[];
  }

  /**
   * Initializes the kit once per process, before any other call. The context must belong to
   * a UIAbility or a UIExtensionAbility.
   *
   * @throws { BusinessError } 401 - invalid parameter.
   * @since 5.0.0(12)
   */
  function init(context: common.Context): Promise<void>;

  /**
   * Opens the HUAWEI ID sign-in and consent page, so it works only from a foreground page.
   *
   * @throws { BusinessError } 201, 401 and the Account Kit codes 1001500001-1001502014.
   * @since 5.0.0(12)
   */
  function requestAuthorizations(context: common.UIAbilityContext, request: AuthorizationRequest): Promise<AuthorizationResponse>;

  /**
   * Returns what the user granted for `request`, without UI.
   *
   * @throws { BusinessError } 201, 401, 1002701001, 1002702001, 1002702002.
   * @since 5.0.0(12)
   */
  function getAuthorizations(request: AuthorizationRequest): Promise<AuthorizationResponse>;

  /**
   * Revokes every grant of this app.
   *
   * @since 5.0.0(12)
   */
  function cancelAuthorizations(): Promise<void>;

  /**
   * Requests the Huawei Health app to upload its data to the Health cloud now. Phone and tablet
   * only: on a wearable it rejects with 801.
   *
   * @throws { BusinessError } 201, 801, 1002700001, 1002700002, 1002701001, 1002702001,
   *   1002702002, 1002703001.
   * @since 5.1.0(18)
   */
  function syncAll(): Promise<void>;

  /**
   * Subscribes to the death of the kit's service process.
   *
   * @since 5.1.0(18)
   */
  function on(type: 'serviceDie', callback: Callback<void>): void;

  /**
   * Unsubscribes `callback`, or every callback when it is omitted, from the death of the
   * kit's service process. The omitted form follows the usual on/off convention of the SDK.
   *
   * @since 5.1.0(18)
   */
  function off(type: 'serviceDie', callback?: Callback<void>): void;
}

export { healthStore };
