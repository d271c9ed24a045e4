package storage_test

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/cairn-storage/cairn/storage"
)

func randBytes(seed uint64, n int) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), byte(seed >> 16)})
	r.Read(b)
	return b
}

func testKey(b byte) storage.FileKey {
	var k storage.FileKey
	for i := range k {
		k[i] = b + byte(i)
	}
	return k
}

func encrypt(t testing.TB, pt []byte, key storage.FileKey, c storage.Cipher) []byte {
	t.Helper()
	er, err := storage.NewEncryptReader(bytes.NewReader(pt), int64(len(pt)), key, c)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := io.ReadAll(er)
	if err != nil {
		t.Fatal(err)
	}
	return ct
}

func decrypt(ct []byte, key storage.FileKey) ([]byte, error) {
	dr, err := storage.NewDecryptReader(bytes.NewReader(ct), key)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(dr)
}

func TestPaddedSize(t *testing.T) {
	cases := []struct {
		size, want int64
	}{
		{0, 1024},
		{1, 1024},
		{1016, 1024},
		{1017, 2048},
		{100_000, 128 << 10},
		{1<<20 - 8, 1 << 20},
		{1<<20 - 7, 1<<20 + 32<<10},
		{1 << 30, 1<<30 + 32<<20},
	}
	for _, c := range cases {
		got, err := storage.PaddedSize(c.size)
		if err != nil || got != c.want {
			t.Errorf("PaddedSize(%d) = %d, %v; want %d", c.size, got, err, c.want)
		}
	}
	prev := int64(0)
	for _, s := range []int64{5 << 20, 7<<20 + 3, 1<<30 + 1, 10<<30 + 12345, 3 << 40} {
		p, err := storage.PaddedSize(s)
		if err != nil {
			t.Fatal(err)
		}
		if p < s+8 || float64(p-s) > float64(s)/30 || p < prev {
			t.Errorf("PaddedSize(%d) = %d: overhead too large", s, p)
		}
		prev = p
	}
	for _, s := range []int64{-1, storage.MaxFileSize + 1} {
		if _, err := storage.PaddedSize(s); !errors.Is(err, storage.ErrTooLarge) {
			t.Errorf("PaddedSize(%d): got %v, want ErrTooLarge", s, err)
		}
	}
}

func TestStreamRoundTrip(t *testing.T) {
	for _, c := range []storage.Cipher{storage.AES256GCM, storage.ChaCha20Poly1305} {
		for _, n := range []int{0, 1, 100, 64<<10 - 8, 64 << 10, 200 << 10, 1<<20 + 5} {
			pt := randBytes(uint64(n), n)
			ct := encrypt(t, pt, testKey(1), c)
			want, _ := storage.CipherSize(int64(n))
			if int64(len(ct)) != want {
				t.Errorf("%v n=%d: ciphertext %d bytes, CipherSize %d", c, n, len(ct), want)
			}
			got, err := decrypt(ct, testKey(1))
			if err != nil || !bytes.Equal(got, pt) {
				t.Errorf("%v n=%d: round trip failed: %v", c, n, err)
			}
		}
	}
}

func TestStreamTamper(t *testing.T) {
	const seg = storage.SegmentSize + storage.TagSize
	pt := randBytes(7, 300<<10) // padded to 512 KiB: 8 segments
	ct := encrypt(t, pt, testKey(1), storage.DefaultCipher)
	hdr := storage.StreamHeaderSize
	segment := func(i int) []byte { return ct[hdr+i*seg : hdr+(i+1)*seg] }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	cases := []struct {
		name string
		ct   []byte
		key  storage.FileKey
	}{
		{"wrong key", ct, testKey(2)},
		{"flip header", flip(ct, 5), testKey(1)},
		{"flip version", flip(ct, 0), testKey(1)},
		{"flip cipher", flip(ct, 1), testKey(1)},
		{"flip body", flip(ct, hdr+3*seg+100), testKey(1)},
		{"flip tag", flip(ct, len(ct)-1), testKey(1)},
		{"swap segments", cat(ct[:hdr], segment(1), segment(0), ct[hdr+2*seg:]), testKey(1)},
		{"drop segment", cat(ct[:hdr+seg], ct[hdr+2*seg:]), testKey(1)},
		{"truncate at boundary", ct[:hdr+4*seg], testKey(1)},
		{"truncate mid segment", ct[:hdr+4*seg+77], testKey(1)},
		{"truncate header", ct[:9], testKey(1)},
		{"extend with segment", cat(ct, segment(2)), testKey(1)},
		{"extend with byte", cat(ct, []byte{0}), testKey(1)},
		{"empty", nil, testKey(1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := decrypt(c.ct, c.key); !errors.Is(err, storage.ErrDecrypt) {
				t.Fatalf("got %v, want ErrDecrypt", err)
			}
		})
	}
}

func TestEncryptSizeMismatch(t *testing.T) {
	for _, c := range []struct {
		name     string
		have     int
		declared int64
	}{{"short", 10, 11}, {"long", 11, 10}, {"long after empty", 1, 0}, {"short multi-segment", 100 << 10, 200 << 10}} {
		t.Run(c.name, func(t *testing.T) {
			er, err := storage.NewEncryptReader(bytes.NewReader(make([]byte, c.have)), c.declared, testKey(1), storage.DefaultCipher)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.ReadAll(er); !errors.Is(err, storage.ErrSizeMismatch) {
				t.Fatalf("got %v, want ErrSizeMismatch", err)
			}
		})
	}
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x40
	return c
}

func FuzzDecryptReader(f *testing.F) {
	f.Add(encrypt(f, []byte("hello"), testKey(1), storage.AES256GCM))
	f.Add(encrypt(f, randBytes(1, 70<<10), testKey(1), storage.ChaCha20Poly1305))
	f.Add([]byte{1, 1, 16})
	f.Fuzz(func(t *testing.T, ct []byte) {
		pt, err := decrypt(ct, testKey(1))
		if err == nil && int64(len(pt)) > int64(len(ct)) {
			t.Fatalf("plaintext longer than ciphertext")
		}
	})
}

func BenchmarkSeal(b *testing.B) {
	const n = 64 << 20
	pt := randBytes(1, n)
	for _, c := range []storage.Cipher{storage.AES256GCM, storage.ChaCha20Poly1305} {
		b.Run(c.String(), func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				er, err := storage.NewEncryptReader(bytes.NewReader(pt), n, testKey(1), c)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := io.Copy(io.Discard, er); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
