// Package chaos is the binary-level hostile-network harness (issue 9): a
// devnet of real `cairn provider run` processes (testnet.Up), each
// provider's RPC optionally behind its own fault proxy (internal/rpcproxy),
// kill -9 of a provider at a named point and restart on the same datadir,
// and the end-of-scenario checks: every slot the chain assigns is held on
// disk and proven again, no lapsed reservation, the client's file comes
// back byte-exact through `cairn get`, and the Marketplace holds at least
// what it owes. A failed scenario logs its evidence (chain head, each
// provider's state and log tail; CAIRN_CHAOS_LOGS=dir keeps whole logs),
// and Metrics scrapes a provider's /metrics. It also holds the big-file run's helpers (issue 11, `make
// chaos-big`): a deterministic sparse file and a sampler of one process's
// peak RSS and of the bytes in a staging directory.
//
// It owns only test helpers; the scenarios are its _test.go files.
package chaos
