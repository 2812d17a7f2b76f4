'use strict';

// @kit.IPCKit: the part of rpc that a callee uses. A MessageSequence here is an
// in-process queue of values, because host and worker exchange plain strings.

const { BusinessError, parameterError } = require('./errors');

// Codes from rpc.ErrorCode in @ohos.rpc (API 13 declarations).
const READ_DATA_FROM_MESSAGE_SEQUENCE_ERROR = 1900010;
const PROXY_OR_REMOTE_OBJECT_INVALID_ERROR = 1900008;

class MessageSequence {
  constructor() {
    this.values = [];
    this.readPosition = 0;
    this.reclaimed = false;
  }

  static create() {
    return new MessageSequence();
  }

  writeString(value) {
    this.checkAlive();
    if (typeof value !== 'string') {
      throw parameterError('The type of the parameter must be string.');
    }
    this.values.push(value);
  }

  readString() {
    this.checkAlive();
    if (this.readPosition >= this.values.length) {
      throw new BusinessError(READ_DATA_FROM_MESSAGE_SEQUENCE_ERROR, 'Failed to read data from the message sequence.');
    }
    const value = this.values[this.readPosition];
    this.readPosition++;
    return String(value);
  }

  writeInt(value) {
    this.checkAlive();
    this.values.push(Math.trunc(Number(value)));
  }

  readInt() {
    this.checkAlive();
    if (this.readPosition >= this.values.length) {
      throw new BusinessError(READ_DATA_FROM_MESSAGE_SEQUENCE_ERROR, 'Failed to read data from the message sequence.');
    }
    return Math.trunc(Number(this.values[this.readPosition++]));
  }

  writeParcelable(parcelable) {
    this.checkAlive();
    parcelable.marshalling(this);
  }

  readParcelable(parcelable) {
    this.checkAlive();
    parcelable.unmarshalling(this);
  }

  getSize() {
    return this.values.length;
  }

  reclaim() {
    this.reclaimed = true;
    this.values = [];
  }

  checkAlive() {
    if (this.reclaimed) {
      throw new BusinessError(PROXY_OR_REMOTE_OBJECT_INVALID_ERROR, 'The message sequence was already reclaimed.');
    }
  }
}

// Parcelable is an interface in ArkTS. Apps implement marshalling and unmarshalling.
class Parcelable {
  marshalling() {
    return true;
  }

  unmarshalling() {
    return true;
  }
}

const rpc = { MessageSequence, Parcelable };

module.exports = { rpc };
