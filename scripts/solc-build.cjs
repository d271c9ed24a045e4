#!/usr/bin/env node
// Compiles contracts/src/*.sol (the token and the libraries v2 shares), contracts/src/v2/*.sol
// (protocol v2) and contracts/src/test/*.sol (test-only harnesses), separately, with the pinned
// solcjs (standard JSON: optimizer, viaIR, evmVersion prague, OpenZeppelin from node_modules)
// and writes, for each deployable contract, <out>/<Name>.abi (pretty JSON) and <out>/<Name>.bin
// (hex creation code).
// Usage: node scripts/solc-build.cjs <repo-root> <out-dir>. Output is deterministic: no
// metadata hash in the bytecode, sorted sources, fixed settings.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(process.argv[2] || '.');
const out = path.resolve(process.argv[3] || path.join(root, 'contracts', 'build'));
const solc = require(path.join(root, 'node_modules', 'solc'));

function readSources(dir, prefix) {
  const sources = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.sol')).sort()) {
    sources[prefix + f] = { content: fs.readFileSync(path.join(dir, f), 'utf8') };
  }
  return sources;
}

function compile(sources) {
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
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') failed = true;
    // OpenZeppelin's ReentrancyGuardTransient: the transient-storage advisory is expected.
    if (e.errorCode === '2394' && e.sourceLocation && e.sourceLocation.file.startsWith('@openzeppelin/')) continue;
    process.stderr.write(e.formattedMessage + '\n');
  }
  if (failed) process.exit(1);
  return output;
}

function findImports(p) {
  const candidates = [path.join(root, 'node_modules', p), path.join(root, 'contracts', p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'not found: ' + p };
}

// contract returns a compiled contract, checking its runtime against EIP-170.
function contract(output, file, name) {
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
  return c;
}

function write(name, abi, bin) {
  fs.writeFileSync(path.join(out, name + '.abi'), JSON.stringify(abi, null, 2) + '\n');
  fs.writeFileSync(path.join(out, name + '.bin'), bin + '\n');
}

fs.mkdirSync(out, { recursive: true });

// The token: contracts/src/*.sol (CairnToken and the libraries Challenges and MerkleVerifier,
// which v2 imports), compiled on their own so the token's output never depends on v2.
const base = compile(readSources(path.join(root, 'contracts', 'src'), 'src/'));
const token = contract(base, 'src/CairnToken.sol', 'CairnToken');
write('CairnToken', token.abi, token.evm.bytecode.object);

// Protocol v2: contracts/src/v2/*.sol. MarketplaceV2's ABI is merged with its facet's (the
// facet runs behind MarketplaceV2's fallback), so one binding calls both at one address.
const v2 = compile(readSources(path.join(root, 'contracts', 'src', 'v2'), 'src/v2/'));
const main = contract(v2, 'src/v2/MarketplaceV2.sol', 'MarketplaceV2');
const facet = contract(v2, 'src/v2/MarketplaceV2Facet.sol', 'MarketplaceV2Facet');
const lens = contract(v2, 'src/v2/MarketplaceV2Lens.sol', 'MarketplaceV2Lens');
const sig = (e) => e.type + ' ' + (e.name || '') + '(' + (e.inputs || []).map((i) => i.type).join(',') + ')';
const seen = new Set(main.abi.map(sig));
const merged = main.abi.concat(facet.abi.filter((e) => e.type !== 'constructor' && !seen.has(sig(e))));
merged.sort((a, b) => (sig(a) < sig(b) ? -1 : sig(a) > sig(b) ? 1 : 0));
write('MarketplaceV2', merged, main.evm.bytecode.object);
write('MarketplaceV2Facet', facet.abi, facet.evm.bytecode.object);
write('MarketplaceV2Lens', lens.abi, lens.evm.bytecode.object);
// One combined file, so abigen binds the three with shared struct types in one Go file.
const combined = { contracts: {}, version: solc.version() };
combined.contracts['MarketplaceV2.sol:MarketplaceV2'] = { abi: JSON.stringify(merged), bin: main.evm.bytecode.object, userdoc: '{}', devdoc: '{}' };
combined.contracts['MarketplaceV2Facet.sol:MarketplaceV2Facet'] = {
  abi: JSON.stringify(facet.abi),
  bin: facet.evm.bytecode.object,
  userdoc: '{}',
  devdoc: '{}',
};
combined.contracts['MarketplaceV2Lens.sol:MarketplaceV2Lens'] = { abi: JSON.stringify(lens.abi), bin: lens.evm.bytecode.object, userdoc: '{}', devdoc: '{}' };
fs.writeFileSync(path.join(out, 'v2.combined.json'), JSON.stringify(combined, null, 1) + '\n');

// Test-only harnesses: contracts/src/test/*.sol (bound into a _test.go file, never deployed
// outside tests).
const test = compile(readSources(path.join(root, 'contracts', 'src', 'test'), 'src/test/'));
const harness = contract(test, 'src/test/ProofsHarness.sol', 'ProofsHarness');
write('ProofsHarness', harness.abi, harness.evm.bytecode.object);
process.stderr.write('solc ' + solc.version() + '\n');
