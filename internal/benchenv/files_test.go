package benchenv

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRandomFileSum(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	sum, err := RandomFile(p, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FileSum(p)
	if err != nil || got != sum {
		t.Fatalf("FileSum = %x, %v; RandomFile said %x", got, err, sum)
	}
	if fi, err := os.Stat(p); err != nil || fi.Size() != 100_000 {
		t.Fatalf("stat: %v, %v", fi, err)
	}
}

func TestUpdateSection(t *testing.T) {
	p := filepath.Join(t.TempDir(), "B.md")
	const start, end = "<!-- x:start -->", "<!-- x:end -->"
	for _, tc := range []struct{ name, before, section, want string }{
		{"replaced", "# T\n\n" + start + "\nold\n" + end + "\ntail\n", start + "\nnew\n" + end + "\n", "# T\n\n" + start + "\nnew\n" + end + "\ntail\n"},
		{"appended", "# T\n", start + "\nnew\n" + end + "\n", "# T\n\n" + start + "\nnew\n" + end + "\n"},
		{"end at EOF without newline", start + "\nold\n" + end, start + "\nnew\n" + end + "\n", start + "\nnew\n" + end + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.WriteFile(p, []byte(tc.before), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := UpdateSection(p, start, end, tc.section); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(p)
			if err != nil || string(got) != tc.want {
				t.Fatalf("got %q (%v), want %q", got, err, tc.want)
			}
		})
	}
}

func TestLogTime(t *testing.T) {
	log := "time=2026-12-02T05:41:38.000Z level=INFO msg=other\n" +
		"time=2026-12-02T05:41:39.044Z level=INFO msg=\"storage requested\" component=client\n"
	at, ok := LogTime(log, "storage requested")
	want := time.Date(2026, 12, 2, 5, 41, 39, 44e6, time.UTC)
	if !ok || !at.Equal(want) {
		t.Fatalf("LogTime = %v, %v; want %v", at, ok, want)
	}
	if _, ok := LogTime(log, "absent"); ok {
		t.Fatal("LogTime found a message that is not there")
	}
}

func TestPipeline(t *testing.T) {
	n, err := io.Copy(io.Discard, NewGen(3<<20+5))
	if err != nil || n != 3<<20+5 {
		t.Fatalf("NewGen yielded %d bytes, %v", n, err)
	}
	mbps, cpu, err := Pipeline(t.Context(), 8<<20, 4, 2)
	if err != nil || mbps <= 0 || cpu < 0 {
		t.Fatalf("Pipeline = %v MB/s, %v CPU s, %v", mbps, cpu, err)
	}
}
