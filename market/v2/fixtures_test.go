package marketv2_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"github.com/cairn-storage/cairn/contracts"
	"github.com/cairn-storage/cairn/proofs"
	"github.com/cairn-storage/cairn/storage"
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

type noChain struct{}

func (noChain) SlotInfo(context.Context, [32]byte, uint64) (contracts.IMarketplaceV2SlotInfo, error) {
	return contracts.IMarketplaceV2SlotInfo{}, errors.New("no chain in this test")
}

func (noChain) DeclareFaults(context.Context, uint64, []uint32) error {
	return errors.New("no chain in this test")
}

func contractsParams(size uint64) contracts.IMarketplaceV2RequestParams {
	return contracts.IMarketplaceV2RequestParams{ShardSize: size}
}

func putShard(t *testing.T, st *storage.Store, r *req, data []byte) {
	t.Helper()
	root, err := proofs.Root(bytes.NewReader(data), uint64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	sw, err := st.Begin(r.slot(0), storage.ShardMeta{RequestID: r.id, Root: root, Size: uint64(len(data))})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := sw.Commit(); err != nil {
		t.Fatal(err)
	}
}
