package netns

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

// Remove deletes the network's namespaces, veths and bridge, and anything
// else whose name has its prefix. It is idempotent and checks that nothing
// is left. Processes still inside a namespace keep it alive (and its veth):
// stop them first.
func (r *Record) Remove(ctx context.Context) error {
	if !strings.HasPrefix(r.Prefix, "cn") || len(r.Prefix) < 6 {
		return fmt.Errorf("netns: refusing to remove with prefix %q", r.Prefix)
	}
	var errs []error
	if err := r.stopDelayLine(ctx); err != nil {
		errs = append(errs, err)
	}
	nss, links, err := listOwned(r.Prefix)
	if err != nil {
		return err
	}
	for _, ns := range nss {
		if err := run(ctx, "ip", "netns", "del", ns); err != nil {
			errs = append(errs, err)
		}
	}
	// Deleting a namespace deletes its veth pairs, a moment later; the
	// bridge and any host end whose namespace was gone already are left.
	for _, l := range links {
		if err := run(ctx, "ip", "link", "del", l); err != nil && linkExists(l) {
			errs = append(errs, err)
		}
	}
	if left, err := r.waitGone(ctx); err != nil {
		errs = append(errs, err)
	} else if len(left) > 0 {
		errs = append(errs, fmt.Errorf("netns: still present after removal: %s", strings.Join(left, ", ")))
	}
	return errors.Join(errs...)
}

// waitGone gives the kernel up to 5 s to finish tearing down what was
// deleted and returns what is still there.
func (r *Record) waitGone(ctx context.Context) ([]string, error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		left, err := r.Leftovers()
		if err != nil || len(left) == 0 || time.Now().After(deadline) || ctx.Err() != nil {
			return left, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Leftovers lists the namespaces and root-namespace links whose names have
// r's prefix, as "netns NAME" and "link NAME".
func (r *Record) Leftovers() ([]string, error) { return Leftovers(r.Prefix) }

// Leftovers lists the namespaces and root-namespace links whose names
// start with prefix.
func Leftovers(prefix string) ([]string, error) {
	nss, links, err := listOwned(prefix)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range nss {
		out = append(out, "netns "+n)
	}
	for _, l := range links {
		out = append(out, "link "+l)
	}
	return out, nil
}

// listOwned returns the named namespaces (ip netns keeps them in
// /run/netns) and the links of this process's namespace with prefix.
func listOwned(prefix string) (nss, links []string, err error) {
	entries, err := os.ReadDir(runNetns)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("netns: list namespaces: %w", err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			nss = append(nss, e.Name())
		}
	}
	ifs, err := interfaces()
	if err != nil {
		return nil, nil, err
	}
	for _, name := range ifs {
		if strings.HasPrefix(name, prefix) {
			links = append(links, name)
		}
	}
	return nss, links, nil
}
