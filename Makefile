# cairn — the two commands a user needs are `make demo` and `make test`.
SHELL := /bin/bash
export GOTOOLCHAIN := local
export GOFLAGS := -buildvcs=false

GO        ?= go
NPM       ?= npm
BIN       := bin/cairn
VERSION   ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
TOOLS_STAMP := node_modules/.cairn-tools-stamp

.PHONY: all build tools deps contracts test test-short vet bench bench-client bench-netns bench-gas bench-prove chaos chaos-big chaos-contracts chaos-client chaos-network demo clean fmt lint s3-clients test-packages

all: build

## tools: install the pinned chain toolchain (anvil, solc, OpenZeppelin) from npm
tools: $(TOOLS_STAMP)
$(TOOLS_STAMP): package.json package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

## test-packages: the Debian packages tests drive (installed only when missing):
## awscli and rclone for the S3 gateway tests (they fail without them), nftables
## for the netns NAT tests (they skip, saying so, without it)
test-packages:
	@missing=; \
	command -v aws >/dev/null || missing="$$missing awscli"; \
	command -v rclone >/dev/null || missing="$$missing rclone"; \
	command -v nft >/dev/null || missing="$$missing nftables"; \
	if [ -n "$$missing" ]; then \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "installing$$missing (apt-get)"; \
	  { $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; } >/dev/null 2>&1 \
	    || echo "warning: could not install$$missing; the gateway/s3 tests will fail and the NAT tests skip"; \
	fi

## s3-clients: the old name of test-packages
s3-clients: test-packages

## deps: download Go modules
deps:
	$(GO) mod download

## build: the cairn binary in bin/
build: deps
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/cairn

## contracts: compile contracts/src with the pinned solc and regenerate abigen v2 bindings
contracts: tools
	./scripts/build-contracts.sh

vet:
	$(GO) vet ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

## test: everything CI runs; installs what it needs first. -count=1: the CLI,
## devnet and demo tests run a freshly built binary, which Go's test cache
## cannot see, so cached passes could be stale.
test: tools deps test-packages
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(GO) test -race -count=1 -timeout 20m ./...
	@# memory bounds cannot hold under the race detector's shadow memory: assert them without it
	$(GO) test -count=1 -run 'TestFloodOfOversizedHeaders' ./market/p2p/
	@# the gateway's upload-heavy subtests (streamed put, durability, lost index, multipart, release, keep) and many puts in a row miss fill expiries under -race on a loaded machine: run them without it
	$(GO) test -count=1 -run 'TestPutsInARow' ./market/
	$(GO) test -count=1 -timeout 20m -run 'TestGateway' ./gateway/s3/

test-short: tools deps
	$(GO) test -short ./...

## bench: data-path benchmarks into BENCHMARKS.md and bench/pipeline.json, the client's 1 GiB put and get
## through the real binary (bench/client.json), then bench-netns where the machine allows namespaces
bench: tools deps
	$(GO) run ./internal/pipebench
	$(GO) run ./internal/clientbench
	$(GO) run ./internal/netnsbench -if-available

## bench-client: 1 GiB put and get through the cairn binary on a loopback devnet, against the pipeline (bench/client.json)
bench-client: tools deps
	$(GO) run ./internal/clientbench

## bench-netns: 1 GiB put and get over the netns devnet against the link (root; bench/netns.json)
bench-netns: tools deps
	$(GO) run ./internal/netnsbench

## bench-gas: gas per contract function from real anvil receipts
bench-gas: tools deps
	$(GO) run ./internal/gasbench

## bench-prove: v2 proving capacity on one core (real Prover, anvil) and the cost model from bench/gas.json (and v1's recorded bench/gas_v1.json)
bench-prove: tools deps
	$(GO) run ./internal/provebench

## chaos: the long scenarios kept out of `make test` (each also runs alone)
chaos: chaos-contracts chaos-client chaos-network

## chaos-contracts: the long seeded random-action run of the v2 contract (2,000 actions on anvil)
chaos-contracts: tools deps
	CAIRN_V2_ACTIONS=2000 $(GO) test -count=1 -timeout 60m -run TestV2RandomActions ./contracts/

## chaos-client: a 20 GiB file put as segments and read back
## (needs ~30 GiB free for the providers; CAIRN_CHAOS_SIZE to change)
chaos-client: tools deps
	CAIRN_CHAOS=1 $(GO) test -count=1 -timeout 3h -run 'Chaos' -v ./market/

## chaos-big: a 20 GiB sparse file put as segments through the real binary on a
## 6-provider v2 devnet and read back with get -o - into SHA-256; peak RSS and
## staging against the bars (~35 GiB free disk; CAIRN_BIG_SIZE=5GiB to shrink);
## bench/big.json and the "big" rows of BENCHMARKS.md
chaos-big: tools deps
	CAIRN_BIG=1 $(GO) test -count=1 -timeout 4h -run '^TestBigFile$$' -v ./internal/chaos/

## chaos-network: the binary-level hostile-network harness, every scenario
## (kill -9 matrix, RPC faults, 100 epochs under public-RPC limits, 50 puts)
chaos-network: tools deps
	CAIRN_CHAOS=1 $(GO) test -count=1 -timeout 90m -v ./internal/chaos/

## demo: v2 devnet, upload, one proof per provider set per epoch, a failed set, repair, download, extend, rm
demo: tools build
	./scripts/demo.sh

.PHONY: chaos chaos-netns chaos-geth e2e-geth contracts-geth

## e2e-geth: the market e2e (put, get, proofs, pay, repair) on geth --dev, built from the pinned go-ethereum on first use; CI runs it after make test
e2e-geth: tools deps
	CAIRN_TEST_CHAIN=geth $(GO) test -count=1 -timeout 30m -run 'TestClientPutGet$$|TestProviderFillsRequestAndProves|TestProviderRepairsLostSlot' ./market/

## contracts-geth: the contract tests on geth --dev (long; part of make chaos)
contracts-geth: tools deps
	CAIRN_TEST_CHAIN=geth $(GO) test -count=1 -timeout 60m -skip 'TestV2SetVectors' ./contracts/

## chaos: (also) the demo on a network of namespaces (Linux, root; docs/netns.md)
chaos: chaos-netns chaos-geth contracts-geth

## chaos-netns: the demo with the client and each provider in its own namespace and /24, 50 Mbit/s links, 20 ms between nodes
chaos-netns: tools build
	./scripts/demo.sh -devnet-args "--netns --link rate=50mbit,delay=20ms"

## chaos-geth: the same on geth --dev (built from the pinned go-ethereum on first use)
chaos-geth: tools build
	./scripts/demo.sh -devnet-args "--netns --link rate=50mbit --chain geth"

clean:
	rm -rf bin build
