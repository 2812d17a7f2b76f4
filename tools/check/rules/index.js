'use strict';

// The rules in the order they run. Each rule is `{ id, phase, run(context) }` and returns
// findings; `phase` groups rules for timing and for `--rules`.

const RULES = [
  require('./compile'),
  require('./arktsLinter'),
  require('./cardApi'),
  require('./cardPage'),
  require('./cardBindingType'),
  require('./cardNetwork'),
  require('./formProcess'),
  require('./cardActions'),
  require('./calleeLifecycle'),
  require('./bindingData'),
  require('./resources'),
  require('./config'),
  require('./formIdentity')
];

module.exports = { RULES };
