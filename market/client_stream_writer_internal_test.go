package market

import (
	"bytes"
	"errors"
	"testing"
)

// failAfter takes n bytes, then fails every write.
type failAfter struct {
	n   int
	got bytes.Buffer
}

var errDiskFull = errors.New("disk full")

func (f *failAfter) Write(p []byte) (int, error) {
	if f.got.Len()+len(p) > f.n {
		return 0, errDiskFull
	}
	return f.got.Write(p)
}

// The async output keeps the order of writes, copies what it is given
// (the decoder reuses its buffer), and returns the output's first error
// from every later Write and from Close.
func TestAsyncWriter(t *testing.T) {
	var out bytes.Buffer
	a := newAsyncWriter(&out, 2)
	var want bytes.Buffer
	buf := make([]byte, 1000)
	for i := range 50 {
		for j := range buf {
			buf[j] = byte(i + j)
		}
		want.Write(buf)
		if _, err := a.Write(buf); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want.Bytes()) {
		t.Fatalf("wrote %d bytes, not the %d given in order", out.Len(), want.Len())
	}

	f := &failAfter{n: 2500}
	a = newAsyncWriter(f, 2)
	var werr error
	for range 20 {
		if _, werr = a.Write(buf); werr != nil {
			break
		}
	}
	if err := a.Close(); !errors.Is(err, errDiskFull) {
		t.Fatalf("close: %v, want the output's error", err)
	}
	if werr != nil && !errors.Is(werr, errDiskFull) {
		t.Fatalf("write after the failure: %v", werr)
	}
	if f.got.Len() != 2000 {
		t.Fatalf("output took %d bytes, want the 2 writes before the failure", f.got.Len())
	}
}
