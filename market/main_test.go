package market_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run if a test leaves a goroutine behind (providers,
// libp2p hosts, pebble, anvil's readers), a listening socket open, or a
// child process (anvil) running.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		if err := goleak.Find(); err != nil {
			fmt.Fprintf(os.Stderr, "goleak: %v\n", err)
			code = 1
		}
		if err := leftovers(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	os.Exit(code)
}

// leftovers reports TCP sockets of this process still listening and child
// processes still alive (Linux /proc; elsewhere it checks nothing).
func leftovers() error {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		return nil
	}
	inodes := map[string]bool{}
	fds, _ := filepath.Glob("/proc/self/fd/*")
	for _, fd := range fds {
		if l, err := os.Readlink(fd); err == nil && strings.HasPrefix(l, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(l, "socket:["), "]")] = true
		}
	}
	var problems []string
	for _, tab := range []string{"/proc/self/net/tcp", "/proc/self/net/tcp6"} {
		f, err := os.Open(tab)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			// sl local rem st tx:rx tr:when retr uid timeout inode
			fs := strings.Fields(sc.Text())
			if len(fs) > 9 && fs[3] == "0A" && inodes[fs[9]] {
				problems = append(problems, "still listening on "+fs[1])
			}
		}
		f.Close()
	}
	me := strconv.Itoa(os.Getpid())
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, st := range stats {
		b, err := os.ReadFile(st)
		if err != nil {
			continue
		}
		// pid (comm) state ppid …; comm may hold spaces, so split after ')'.
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		if i < 0 {
			continue
		}
		if fs := strings.Fields(s[i+1:]); len(fs) > 1 && fs[1] == me && fs[0] != "Z" {
			problems = append(problems, "child process left running: "+s[:i+1])
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("leftovers after the tests:\n  %s", strings.Join(problems, "\n  "))
	}
	return nil
}
