// Command cairn is the cairn node and client: wallet, uploads and downloads,
// provider, devnet. It is thin: parse flags and config, call the packages,
// print. See app.go for how commands are registered.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time: go build -ldflags "-X main.version=v1.2.3".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	stopProfiles := startProfiles(os.Args, os.Stderr)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	stopProfiles()
	os.Exit(code)
}
