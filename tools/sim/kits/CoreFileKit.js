'use strict';

// @kit.CoreFileKit: the synchronous part of fileIo (@ohos.file.fs) that the app
// uses, on real files below the simulated sandbox. Signatures, OpenMode and
// AccessModeType values and error codes follow @ohos.file.fs.d.ts of
// @arkts/declarations 0.0.21 (API 13). Each error is a BusinessError whose code
// is the one that declaration lists for the errno behind it.

const fs = require('node:fs');
const path = require('node:path');

const world = require('./world');
const { BusinessError, parameterError } = require('./errors');

// fileIo.OpenMode. The values are Linux open(2) flags, written as the
// declarations write them.
const OpenMode = Object.freeze({
  READ_ONLY: 0o0,
  WRITE_ONLY: 0o1,
  READ_WRITE: 0o2,
  CREATE: 0o100,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  NONBLOCK: 0o4000,
  DIR: 0o200000,
  NOFOLLOW: 0o400000,
  SYNC: 0o4010000,
});

const AccessModeType = Object.freeze({ EXIST: 0, WRITE: 2, READ: 4, READ_WRITE: 6 });
const AccessFlagType = Object.freeze({ LOCAL: 0 });

const ACCESS_MODE_MASK = 0o3;
const KNOWN_OPEN_BITS = Object.values(OpenMode).reduce((bits, value) => bits | value, 0);

// errno name -> [code, message], from the 139000xx codes that the declarations list.
const ERRNO_CODES = {
  EPERM: [13900001, 'Operation not permitted'],
  ENOENT: [13900002, 'No such file or directory'],
  EINTR: [13900004, 'Interrupted system call'],
  EIO: [13900005, 'I/O error'],
  ENXIO: [13900006, 'No such device or address'],
  EBADF: [13900008, 'Bad file descriptor'],
  EAGAIN: [13900010, 'Try again'],
  ENOMEM: [13900011, 'Out of memory'],
  EACCES: [13900012, 'Permission denied'],
  EFAULT: [13900013, 'Bad address'],
  EBUSY: [13900014, 'Device or resource busy'],
  EEXIST: [13900015, 'File exists'],
  EXDEV: [13900016, 'Cross-device link'],
  ENODEV: [13900017, 'No such device'],
  ENOTDIR: [13900018, 'Not a directory'],
  EISDIR: [13900019, 'Is a directory'],
  EINVAL: [13900020, 'Invalid argument'],
  EMFILE: [13900022, 'Too many open files'],
  ETXTBSY: [13900023, 'Text file busy'],
  EFBIG: [13900024, 'File too large'],
  ENOSPC: [13900025, 'No space left on device'],
  EROFS: [13900027, 'Read-only file system'],
  EMLINK: [13900028, 'Too many links'],
  EDEADLK: [13900029, 'Resource deadlock would occur'],
  ENAMETOOLONG: [13900030, 'File name too long'],
  ENOTEMPTY: [13900032, 'Directory not empty'],
  ELOOP: [13900033, 'Too many symbolic links encountered'],
  EWOULDBLOCK: [13900034, 'Operation would block'],
  EOVERFLOW: [13900038, 'Value too large for defined data type'],
  EDQUOT: [13900041, 'Quota exceeded'],
  ENETUNREACH: [13900044, 'Network is unreachable'],
};
const UNKNOWN_ERROR = [13900042, 'Unknown error'];

// Turns a Node fs error into the BusinessError that fileIo throws for the same errno.
function toBusinessError(error) {
  const [code, message] = ERRNO_CODES[error && error.code] || UNKNOWN_ERROR;
  return new BusinessError(code, message);
}

function callFs(operation) {
  try {
    return operation();
  } catch (error) {
    if (error instanceof BusinessError) {
      throw error;
    }
    throw toBusinessError(error);
  }
}

function requirePath(value, name) {
  if (typeof value !== 'string' || value.length === 0) {
    throw parameterError(`The ${name} must be a non-empty string.`);
  }
}

function requireFd(value) {
  if (!Number.isInteger(value) || value < 0) {
    throw parameterError('The fd must be a non-negative integer.');
  }
}

// The app may touch only files below the simulated sandbox. A path outside it
// fails with 13900002 (no such file), so that a path built from a wrong base
// directory fails here instead of reaching the host's files.
function requireInsideSandbox(filePath) {
  const sandbox = path.resolve(world.current().sandboxDir);
  const resolved = path.resolve(filePath);
  if (resolved !== sandbox && !resolved.startsWith(sandbox + path.sep)) {
    throw new BusinessError(...ERRNO_CODES.ENOENT);
  }
}

function nodeOpenFlags(mode) {
  if (!Number.isInteger(mode) || mode < 0 || (mode & ~KNOWN_OPEN_BITS) !== 0 || (mode & ACCESS_MODE_MASK) === 3) {
    throw parameterError(`Invalid open mode ${mode}: combine one of OpenMode.READ_ONLY, WRITE_ONLY, READ_WRITE with other OpenMode flags.`);
  }
  const c = fs.constants;
  const accessFlags = [c.O_RDONLY, c.O_WRONLY, c.O_RDWR];
  let flags = accessFlags[mode & ACCESS_MODE_MASK];
  const optional = [
    [OpenMode.CREATE, c.O_CREAT],
    [OpenMode.TRUNC, c.O_TRUNC],
    [OpenMode.APPEND, c.O_APPEND],
    [OpenMode.NONBLOCK, c.O_NONBLOCK],
    [OpenMode.DIR, c.O_DIRECTORY],
    [OpenMode.NOFOLLOW, c.O_NOFOLLOW],
    [OpenMode.SYNC, c.O_SYNC],
  ];
  for (const [bit, nodeFlag] of optional) {
    if ((mode & bit) === bit) {
      flags |= nodeFlag;
    }
  }
  return flags;
}

// fileIo.File: the descriptor of an open file with its path and name.
// NOTE: getParent, lock, tryLock and unlock of File are not simulated.
class File {
  constructor(fd, filePath) {
    this.fd = fd;
    this.path = filePath;
    this.name = path.basename(filePath);
  }
}

// openSync(path: string, mode?: number): File
function openSync(filePath, mode = OpenMode.READ_ONLY) {
  requirePath(filePath, 'path');
  const flags = nodeOpenFlags(mode);
  return callFs(() => {
    requireInsideSandbox(filePath);
    // Read and write for owner and group.
    const fd = fs.openSync(filePath, flags, 0o660);
    return new File(fd, filePath);
  });
}

// closeSync(file: number | File): void
function closeSync(file) {
  const fd = file instanceof File ? file.fd : file;
  requireFd(fd);
  callFs(() => fs.closeSync(fd));
}

// writeSync(fd: number, buffer: ArrayBuffer | string, options?: WriteOptions): number
// WriteOptions: offset is the file position (the current one when absent),
// length is in bytes (the whole buffer when absent), encoding must be 'utf-8'.
function writeSync(fd, buffer, options = {}) {
  requireFd(fd);
  let bytes;
  if (typeof buffer === 'string') {
    if (options.encoding !== undefined && options.encoding !== 'utf-8') {
      throw parameterError(`Unsupported encoding '${options.encoding}': only 'utf-8' is supported.`);
    }
    bytes = Buffer.from(buffer, 'utf8');
  } else if (buffer instanceof ArrayBuffer) {
    bytes = Buffer.from(buffer);
  } else {
    throw parameterError('The buffer must be an ArrayBuffer or a string.');
  }

  const length = options.length === undefined ? bytes.length : options.length;
  if (!Number.isInteger(length) || length < 0 || length > bytes.length) {
    throw parameterError(`Invalid length ${options.length}: it must lie between 0 and ${bytes.length}.`);
  }
  const position = options.offset === undefined ? null : options.offset;
  if (position !== null && (!Number.isInteger(position) || position < 0)) {
    throw parameterError(`Invalid offset ${options.offset}: it must be a non-negative integer.`);
  }
  return callFs(() => fs.writeSync(fd, bytes, 0, length, position));
}

// fsyncSync(fd: number): void
function fsyncSync(fd) {
  requireFd(fd);
  callFs(() => fs.fsyncSync(fd));
}

// renameSync(oldPath: string, newPath: string): void. Replaces newPath
// atomically when it exists, as rename(2) does.
function renameSync(oldPath, newPath) {
  requirePath(oldPath, 'oldPath');
  requirePath(newPath, 'newPath');
  callFs(() => {
    requireInsideSandbox(oldPath);
    requireInsideSandbox(newPath);
    fs.renameSync(oldPath, newPath);
  });
}

// readTextSync(filePath: string, options?: ReadTextOptions): string
// ReadTextOptions: offset and length are in bytes, encoding must be 'utf-8'.
function readTextSync(filePath, options = {}) {
  requirePath(filePath, 'filePath');
  if (options.encoding !== undefined && options.encoding !== 'utf-8') {
    throw parameterError(`Unsupported encoding '${options.encoding}': only 'utf-8' is supported.`);
  }
  const offset = options.offset === undefined ? 0 : options.offset;
  if (!Number.isInteger(offset) || offset < 0) {
    throw parameterError(`Invalid offset ${options.offset}: it must be a non-negative integer.`);
  }
  if (options.length !== undefined && (!Number.isInteger(options.length) || options.length < 0)) {
    throw parameterError(`Invalid length ${options.length}: it must be a non-negative integer.`);
  }
  return callFs(() => {
    requireInsideSandbox(filePath);
    const bytes = fs.readFileSync(filePath);
    const end = options.length === undefined ? bytes.length : Math.min(bytes.length, offset + options.length);
    return bytes.subarray(Math.min(offset, bytes.length), end).toString('utf8');
  });
}

// accessSync(path: string, mode?: AccessModeType, flag?: AccessFlagType): boolean.
// Returns false for a missing file and throws for any other failure.
// NOTE: the declarations also list 13900002 for accessSync, so a device may
// throw for a missing file where this returns false.
function accessSync(filePath, mode = AccessModeType.EXIST) {
  requirePath(filePath, 'path');
  if (!Object.values(AccessModeType).includes(mode)) {
    throw parameterError(`Invalid access mode ${mode}: use a fileIo.AccessModeType value.`);
  }
  const nodeModes = {
    [AccessModeType.EXIST]: fs.constants.F_OK,
    [AccessModeType.WRITE]: fs.constants.W_OK,
    [AccessModeType.READ]: fs.constants.R_OK,
    [AccessModeType.READ_WRITE]: fs.constants.R_OK | fs.constants.W_OK,
  };
  try {
    requireInsideSandbox(filePath);
    fs.accessSync(filePath, nodeModes[mode]);
    return true;
  } catch (error) {
    if (error instanceof BusinessError && error.code === ERRNO_CODES.ENOENT[0]) {
      return false;
    }
    if (error && error.code === 'ENOENT') {
      return false;
    }
    throw error instanceof BusinessError ? error : toBusinessError(error);
  }
}

// unlinkSync(path: string): void
function unlinkSync(filePath) {
  requirePath(filePath, 'path');
  callFs(() => {
    requireInsideSandbox(filePath);
    fs.unlinkSync(filePath);
  });
}

const fileIo = {
  OpenMode,
  AccessModeType,
  AccessFlagType,
  File,
  openSync,
  closeSync,
  writeSync,
  fsyncSync,
  renameSync,
  readTextSync,
  accessSync,
  unlinkSync,
};

module.exports = { fileIo };
