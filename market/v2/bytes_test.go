package marketv2_test

import (
	"bytes"
	"os"
)

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func writeZeros(path string, n int) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteAt(make([]byte, n), 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
