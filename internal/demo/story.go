package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/testnet"
)

// demo is one run: the work directory, the devnet supervisor process and
// what the story learned along the way.
type demo struct {
	cfg    Config
	out    io.Writer
	bin    string
	dir    string // work directory
	devnet string // devnet directory inside it
	start  time.Time

	sup     *exec.Cmd     // `cairn devnet up`, supervising
	supDone chan struct{} // closed when it exited
	supErr  error
	stopped bool // stopDevnet ran
	info    *testnet.Devnet
	step    int
}

const steps = 10

func (d *demo) say(format string, args ...any) {
	d.step++
	fmt.Fprintf(d.out, "\n==> [%d/%d %5s] %s\n", d.step, steps, time.Since(d.start).Round(time.Second), fmt.Sprintf(format, args...))
}

func (d *demo) note(format string, args ...any) {
	fmt.Fprintf(d.out, "    %s\n", fmt.Sprintf(format, args...))
}

// putResult is `cairn put --json`.
type putResult struct {
	ID        string   `json:"id"`
	Providers []string `json:"providers"`
	Seconds   float64  `json:"seconds"`
}

func (d *demo) story(ctx context.Context) error {
	d.say("cairn devnet up: anvil, protocol v2 contracts (marketplace, facet, lens), %d funded providers (each its own process, one proof set each)", d.cfg.Providers)
	if err := d.devnetUp(ctx); err != nil {
		return fmt.Errorf("devnet up: %w", err)
	}
	v, err := d.openView(ctx)
	if err != nil {
		return err
	}
	defer v.Close()

	d.say("generate a %s random file and a small one", human(d.cfg.Size))
	file, small := filepath.Join(d.dir, "demo.bin"), filepath.Join(d.dir, "small.bin")
	sum, err := randomFile(file, d.cfg.Size)
	if err != nil {
		return err
	}
	if _, err := randomFile(small, 256<<10); err != nil {
		return err
	}
	d.note("%s  sha256 %s", file, sum)

	d.say("cairn put --k 4 --m 2, twice: encrypt, erasure-code, push each shard to a provider; 12 slots on %d providers", d.cfg.Providers)
	var put, put2 putResult
	if err := d.cairnJSON(ctx, &put, true, "put", "--password-file", d.info.Client.PasswordFile,
		"--k", "4", "--m", "2", "--epochs", "200", file); err != nil {
		return fmt.Errorf("put: %w", err)
	}
	d.note("stored %s as request %s in %.1fs", filepath.Base(file), put.ID, put.Seconds)
	if err := d.cairnJSON(ctx, &put2, false, "put", "--password-file", d.info.Client.PasswordFile,
		"--k", "4", "--m", "2", "--epochs", "200", small); err != nil {
		return fmt.Errorf("put: %w", err)
	}
	d.note("stored %s as request %s in %.1fs", filepath.Base(small), put2.ID, put2.Seconds)
	req, req2 := common.HexToHash(put.ID), common.HexToHash(put2.ID)
	if err := d.cairnShow(ctx, "status", "--password-file", d.info.Client.PasswordFile, put.ID); err != nil {
		return err
	}

	d.say("let epochs pass: each provider sends ONE proveSet per epoch for its set, whatever it holds")
	if err := d.watchProofs(ctx, v, [][32]byte{req, req2}); err != nil {
		return err
	}

	hs, err := v.holders(ctx, req)
	if err != nil {
		return err
	}
	// The victim: a holder of the big file with the most slots in its set,
	// so that one failure frees several slots at once.
	var victim common.Address
	var victimSet uint64
	var lost []slotRef
	for _, h := range hs {
		if l := d.slotsOfSet(ctx, v, h.SetID, req, req2); len(l) > len(lost) {
			victim, victimSet, lost = h.Owner, h.SetID, l
		}
	}
	vp, ok := d.provider(victim.Hex())
	if !ok {
		return fmt.Errorf("holder %s is not one of the devnet's providers", victim)
	}
	d.say("kill -9 provider-%d (pid %d), holder of %s in set %d; the client stays offline", vp.Index, vp.PID, plural(len(lost), "slot"), victimSet)
	killBlock, err := v.head(ctx)
	if err != nil {
		return err
	}
	if err := syscall.Kill(vp.PID, syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill provider-%d (pid %d): %w", vp.Index, vp.PID, err)
	}
	if err := d.watchRepair(ctx, v, victim, victimSet, killBlock, lost); err != nil {
		return err
	}

	d.say("cairn get: fetch any 4 shards, decode, decrypt, verify")
	outFile := filepath.Join(d.dir, "demo.out")
	if err := d.cairnJSON(ctx, nil, true, "get", "--password-file", d.info.Client.PasswordFile, "-o", outFile, put.ID); err != nil {
		return fmt.Errorf("get: %w", err)
	}
	got, err := fileSum(outFile)
	if err != nil {
		return err
	}
	if got != sum {
		return fmt.Errorf("downloaded file differs: sha256 %s, stored %s", got, sum)
	}
	d.note("sha256 %s matches", got)

	d.say("cairn extend %s --epochs 50: pay for 50 more epochs; every holder accepts", filepath.Base(file))
	if err := d.extend(ctx, v, put.ID, req); err != nil {
		return err
	}

	d.say("cairn rm %s: end it early, the unspent escrow comes back", filepath.Base(small))
	var rm struct {
		RefundNowWei   string `json:"refund_now_wei"`
		RefundLaterWei string `json:"refund_later_wei"`
	}
	if err := d.cairnJSON(ctx, &rm, false, "rm", "--password-file", d.info.Client.PasswordFile, put2.ID); err != nil {
		return fmt.Errorf("rm: %w", err)
	}
	if rm.RefundNowWei == "" || rm.RefundNowWei == "0" {
		return fmt.Errorf("rm refunded nothing: %+v", rm)
	}
	d.note("refund %s credited now, about %s more as its holders settle (`cairn withdraw` takes it out)",
		tokens(rm.RefundNowWei), tokens(rm.RefundLaterWei))

	d.say("what every provider's set proved and missed, what it earned and lost; the request")
	if err := d.providerTable(ctx); err != nil {
		return err
	}
	fmt.Fprintln(d.out)
	if err := d.cairnShow(ctx, "status", "--password-file", d.info.Client.PasswordFile, put.ID); err != nil {
		return err
	}

	d.say("tear down: Ctrl-C to `cairn devnet up`, which stops every process it started")
	return d.stopDevnet()
}

// devnetUp starts `cairn devnet up` in the foreground (as a user would in
// a second terminal), its summary to out and its log to devnet.log, and
// waits until devnet.json says it is running.
func (d *demo) devnetUp(ctx context.Context) error {
	logf, err := os.Create(filepath.Join(d.dir, "devnet.log"))
	if err != nil {
		return err
	}
	defer logf.Close()
	d.sup = exec.Command(d.bin, "devnet", "up", "--dir", d.devnet, "--reset",
		"--providers", strconv.Itoa(d.cfg.Providers), "--epoch-blocks", strconv.FormatUint(d.cfg.EpochBlocks, 10),
		"--block-time", d.cfg.BlockTime.String())
	d.sup.Args = append(d.sup.Args, d.cfg.DevnetArgs...)
	d.sup.Stdout, d.sup.Stderr = d.out, logf
	d.sup.Env = cleanEnv()
	// Its own process group: a Ctrl-C at the terminal reaches the demo,
	// which then stops the devnet in order.
	d.sup.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := d.sup.Start(); err != nil {
		return err
	}
	d.supDone = make(chan struct{})
	go func() {
		d.supErr = d.sup.Wait()
		close(d.supDone)
	}()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		select {
		case <-d.supDone:
			return fmt.Errorf("cairn devnet up exited (%v); devnet.log ends:\n%s", d.supErr, tail(filepath.Join(d.dir, "devnet.log")))
		default:
		}
		if info, err := testnet.ReadDevnet(d.devnet); err == nil && info.State == testnet.DevnetRunning && info.SupervisorPID == d.sup.Process.Pid {
			d.info = info
			return nil
		}
		if time.Now().After(deadline) {
			return errors.New("the devnet did not come up within 3 minutes: see devnet.log")
		}
		if err := sleep(ctx, 200*time.Millisecond); err != nil {
			return err
		}
	}
}

// stopDevnet sends the supervisor SIGINT (Ctrl-C) and checks that every
// process of the devnet is gone.
func (d *demo) stopDevnet() error {
	if d.sup == nil || d.stopped {
		return nil
	}
	d.stopped = true
	select {
	case <-d.supDone:
	default:
		_ = d.sup.Process.Signal(os.Interrupt)
		select {
		case <-d.supDone:
		case <-time.After(90 * time.Second):
			_ = d.sup.Process.Kill()
			<-d.supDone
			return errors.New("cairn devnet up did not stop within 90s of Ctrl-C")
		}
	}
	if d.supErr != nil {
		return fmt.Errorf("cairn devnet up: %v; devnet.log ends:\n%s", d.supErr, tail(filepath.Join(d.dir, "devnet.log")))
	}
	if d.info != nil {
		pids := []int{d.info.AnvilPID}
		for _, p := range d.info.Providers {
			pids = append(pids, p.PID)
		}
		for _, pid := range pids {
			if testnet.ProcessAlive(pid) {
				return fmt.Errorf("pid %d of the devnet is still running after it stopped", pid)
			}
		}
		host := "127.0.0.1"
		if d.info.Netns != nil {
			host = d.info.Netns.HostAddr.String()
		}
		if testnet.PortOpen(net.JoinHostPort(host, strconv.Itoa(d.info.AnvilPort))) {
			return fmt.Errorf("anvil's port %d is still open after the devnet stopped", d.info.AnvilPort)
		}
		d.note("all %d processes stopped, port %d closed", len(pids), d.info.AnvilPort)
	}
	return nil
}

// teardown runs on every exit: stop the supervisor, then `cairn devnet
// down` for anything left (a failed run, an interrupted one).
func (d *demo) teardown() error {
	err := d.stopDevnet()
	if _, rerr := os.Stat(filepath.Join(d.devnet, testnet.DevnetFileName)); rerr == nil {
		down := exec.Command(d.bin, "devnet", "down", "--dir", d.devnet, "--log-level", "warn")
		down.Env = cleanEnv()
		if out, derr := down.CombinedOutput(); derr != nil {
			err = joinErr(err, fmt.Errorf("cairn devnet down: %v: %s", derr, bytes.TrimSpace(out)))
		}
	}
	return err
}

// cairn runs the binary against the devnet with the client's datadir.
// JSON goes to v (nil: discarded); with verbose its log lines (progress)
// go to out, otherwise only a failure's stderr is reported.
func (d *demo) cairnJSON(ctx context.Context, v any, verbose bool, args ...string) error {
	var stdout, stderr bytes.Buffer
	level := "warn"
	if verbose {
		level = "info"
	}
	cmd := d.command(ctx, level, true, args...)
	cmd.Stdout = &stdout
	if verbose {
		cmd.Stderr = io.MultiWriter(&stderr, indent(d.out))
	} else {
		cmd.Stderr = &stderr
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("cairn %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	if v == nil {
		return nil
	}
	if err := json.Unmarshal(stdout.Bytes(), v); err != nil {
		return fmt.Errorf("cairn %s --json: %w", args[0], err)
	}
	return nil
}

// cairnShow runs the binary and shows its human output.
func (d *demo) cairnShow(ctx context.Context, args ...string) error {
	var stderr bytes.Buffer
	cmd := d.command(ctx, "warn", false, args...)
	cmd.Stdout, cmd.Stderr = indent(d.out), &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("cairn %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

func (d *demo) command(ctx context.Context, level string, asJSON bool, args ...string) *exec.Cmd {
	global := []string{"--devnet", d.devnet, "--datadir", d.info.Client.DataDir, "--log-level", level}
	if asJSON {
		global = append(global, "--json")
	}
	name, argv := d.bin, append(global, args...)
	if d.info.Netns != nil { // the client runs in its own namespace
		if n, ok := d.info.Netns.Node("client"); ok {
			name, argv = n.Command(d.bin, argv...)
		}
	}
	cmd := exec.CommandContext(ctx, name, argv...)
	cmd.Env = cleanEnv()
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// cleanEnv keeps the caller's CAIRN_* settings out of the demo.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CAIRN_") && !strings.HasPrefix(kv, "ETH_RPC_URL=") {
			env = append(env, kv)
		}
	}
	return env
}

func (d *demo) provider(addr string) (testnet.DevnetProvider, bool) {
	for _, p := range d.info.Providers {
		if strings.EqualFold(p.Address.Hex(), addr) {
			return p, true
		}
	}
	return testnet.DevnetProvider{}, false
}

// name is "provider-N" for a devnet address.
func (d *demo) name(addr string) string {
	if p, ok := d.provider(addr); ok {
		return fmt.Sprintf("provider-%d", p.Index)
	}
	return short(addr)
}
