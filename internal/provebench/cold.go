package main

import (
	"errors"
	"fmt"

	"golang.org/x/sys/unix"

	"github.com/cairn-storage/cairn/storage"
)

// dropCache asks the kernel to drop the page cache of every backing shard
// (POSIX_FADV_DONTNEED), so that each measured epoch reads its challenged
// blocks from the disk, as a provider whose shards exceed its memory
// does. The store's trees live in its pebble index and are not dropped.
func (b *backing) dropCache() error {
	var errs error
	for _, sh := range b.shards {
		errs = errors.Join(errs, dropOne(b.store, sh.slot))
	}
	return errs
}

func dropOne(st *storage.Store, slot storage.SlotID) error {
	f, err := st.Open(slot)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED); err != nil {
		return fmt.Errorf("fadvise slot %s: %w", slot, err)
	}
	return nil
}
