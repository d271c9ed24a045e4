package benchenv

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cairn-storage/cairn/internal/atomicfile"
)

// RandomFile writes size pseudo-random (incompressible) bytes to path and
// returns their SHA-256.
func RandomFile(path string, size int64) ([32]byte, error) {
	f, err := os.Create(path)
	if err != nil {
		return [32]byte{}, err
	}
	defer f.Close()
	h := sha256.New()
	src := rand.NewChaCha8([32]byte{'c', 'a', 'i', 'r', 'n'})
	if _, err := io.CopyN(io.MultiWriter(f, h), src, size); err != nil {
		return [32]byte{}, fmt.Errorf("generate %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return [32]byte{}, err
	}
	return [32]byte(h.Sum(nil)), nil
}

// FileSum is the SHA-256 of the file at path.
func FileSum(path string) ([32]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return [32]byte{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return [32]byte{}, err
	}
	return [32]byte(h.Sum(nil)), nil
}

// WriteJSON writes v, indented, to path atomically (its directory made).
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}

// UpdateSection replaces the part of the markdown file at path from the
// line start to the line end (both included, section carrying them) with
// section, or appends section when the markers are absent.
func UpdateSection(path, start, end, section string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(raw)
	i, j := strings.Index(s, start), strings.Index(s, end)
	if i >= 0 && j > i {
		s = s[:i] + section + s[min(len(s), j+len(end+"\n")):]
	} else {
		s = strings.TrimRight(s, "\n") + "\n\n" + section
	}
	return atomicfile.WriteFile(path, []byte(s), 0o644)
}

// LogTime finds the time= of the first slog text line of log carrying msg.
func LogTime(log, msg string) (time.Time, bool) {
	sc := bufio.NewScanner(strings.NewReader(log))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.Contains(line, msg) {
			continue
		}
		for _, f := range strings.Fields(line) {
			if v, ok := strings.CutPrefix(f, "time="); ok {
				t, err := time.Parse(time.RFC3339Nano, v)
				return t, err == nil
			}
		}
	}
	return time.Time{}, false
}
