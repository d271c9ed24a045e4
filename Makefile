# cairn — the two commands a user needs are `make demo` and `make test`.
SHELL := /bin/bash
export GOTOOLCHAIN := local
export GOFLAGS := -buildvcs=false

GO        ?= go
NPM       ?= npm
BIN       := bin/cairn
VERSION   ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
TOOLS_STAMP := node_modules/.cairn-tools-stamp

.PHONY: all build tools deps contracts test test-short vet bench bench-gas demo clean fmt lint

all: build

## tools: install the pinned chain toolchain (anvil, solc, OpenZeppelin) from npm
tools: $(TOOLS_STAMP)
$(TOOLS_STAMP): package.json package-lock.json
	$(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

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
test: tools deps
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(GO) test -race -count=1 -timeout 20m ./...

test-short: tools deps
	$(GO) test -short ./...

## bench: data-path benchmarks into BENCHMARKS.md and bench/pipeline.json
bench: tools deps
	$(GO) run ./internal/pipebench

## bench-gas: gas per contract function from real anvil receipts
bench-gas: tools deps
	$(GO) run ./internal/gasbench

## demo: devnet, upload, proofs, payments, a failed provider, repair, download
demo: tools build
	./scripts/demo.sh

.PHONY: chaos chaos-netns chaos-geth e2e-geth

## e2e-geth: the contract tests and the market e2e on geth --dev (built from the pinned go-ethereum on first use)
e2e-geth: tools deps
	CAIRN_TEST_CHAIN=geth $(GO) test -count=1 -timeout 30m -run 'TestMarket$$|TestPutProveGetRepair' ./market/
	CAIRN_TEST_CHAIN=geth $(GO) test -count=1 -timeout 30m -skip 'TestVoidEpoch' ./contracts/

## chaos: (also) the demo on a network of namespaces (Linux, root; docs/netns.md)
chaos: chaos-netns chaos-geth

## chaos-netns: the demo with the client and each provider in its own namespace and /24, 50 Mbit/s links
chaos-netns: tools build
	./scripts/demo.sh -devnet-args "--netns --link rate=50mbit"

## chaos-geth: the same on geth --dev (built from the pinned go-ethereum on first use)
chaos-geth: tools build
	./scripts/demo.sh -devnet-args "--netns --link rate=50mbit --chain geth"

clean:
	rm -rf bin build
