#!/usr/bin/env node
// Compiles contracts/src/*.sol with the pinned solcjs (standard JSON: optimizer, viaIR,
// evmVersion prague, OpenZeppelin from node_modules) and writes, for each deployable contract
// named in CONTRACTS, <out>/<Name>.abi (pretty JSON) and <out>/<Name>.bin (hex creation code).
// Usage: node scripts/solc-build.cjs <repo-root> <out-dir>. Output is deterministic: no
// metadata hash in the bytecode, sorted sources, fixed settings.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(process.argv[2] || '.');
const out = path.resolve(process.argv[3] || path.join(root, 'contracts', 'build'));
const solc = require(path.join(root, 'node_modules', 'solc'));
const CONTRACTS = ['Marketplace', 'CairnToken'];

const srcDir = path.join(root, 'contracts', 'src');
const sources = {};
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources['src/' + f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    evmVersion: 'prague',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

function findImports(p) {
  const candidates = [path.join(root, 'node_modules', p), path.join(root, 'contracts', p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'not found: ' + p };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  // OpenZeppelin's ReentrancyGuardTransient: the transient-storage advisory is expected.
  if (e.errorCode === '2394' && e.sourceLocation && e.sourceLocation.file.startsWith('@openzeppelin/')) continue;
  process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

fs.mkdirSync(out, { recursive: true });
for (const name of CONTRACTS) {
  const file = 'src/' + name + '.sol';
  const c = output.contracts[file] && output.contracts[file][name];
  if (!c) {
    process.stderr.write('missing contract ' + name + '\n');
    process.exit(1);
  }
  const runtime = c.evm.deployedBytecode.object.length / 2;
  if (runtime > 24576) {
    process.stderr.write(name + ': runtime code ' + runtime + ' bytes exceeds EIP-170 (24576)\n');
    process.exit(1);
  }
  process.stderr.write(name + ': runtime ' + runtime + ' bytes\n');
  fs.writeFileSync(path.join(out, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(out, name + '.bin'), c.evm.bytecode.object + '\n');
}
process.stderr.write('solc ' + solc.version() + '\n');
