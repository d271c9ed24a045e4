package marketv2

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cairn-storage/cairn/internal/atomicfile"
	"github.com/cairn-storage/cairn/storage"
)

// SetFile is the file beside a volume's store that remembers its proof set.
const SetFile = "proofset.json"

// ErrForeignVolume means a volume's set file names another chain or
// marketplace than the one the node runs against.
var ErrForeignVolume = errors.New("volume belongs to another deployment")

// Volume is one failure domain (a disk): a directory holding a shard store
// and up to Capacity bytes of shards. Each volume gets its own proof set.
type Volume struct {
	Path     string
	Capacity uint64
}

// Validate reports a volume that cannot work.
func (v Volume) Validate() error {
	if v.Path == "" {
		return errors.New("volume: path is empty")
	}
	if v.Capacity == 0 {
		return fmt.Errorf("volume %s: capacity is zero", v.Path)
	}
	return nil
}

// ValidateVolumes checks each volume and that no two share a path.
func ValidateVolumes(vols []Volume) error {
	if len(vols) == 0 {
		return errors.New("no volumes configured")
	}
	seen := map[string]bool{}
	for _, v := range vols {
		if err := v.Validate(); err != nil {
			return err
		}
		p := filepath.Clean(v.Path)
		if seen[p] {
			return fmt.Errorf("volume %s configured twice", p)
		}
		seen[p] = true
	}
	return nil
}

// setRecord is SetFile's content.
type setRecord struct {
	ChainID     uint64         `json:"chain_id"`
	Marketplace common.Address `json:"marketplace"`
	SetID       uint64         `json:"set_id"`
}

// OpenVolume is a volume with its open store and its proof set.
type OpenVolume struct {
	Volume
	SetID uint64
	Store *storage.Store
}

// SetCreator creates a proof set owned by the node (Market.CreateSet).
type SetCreator interface {
	CreateSet(ctx context.Context) (uint64, error)
}

// Binding names the deployment a volume's set lives in.
type Binding struct {
	ChainID     uint64
	Marketplace common.Address
}

// OpenVolumes opens each volume's store and its proof set: read from the
// volume's SetFile, or created on chain on first start and written there
// atomically. The caller closes the stores (CloseVolumes).
//
// A crash between createSet and the write leaves an empty set on chain
// that no volume names: harmless (an empty set is never challenged and
// costs nothing) and reported by the log line of its creation.
func OpenVolumes(ctx context.Context, vols []Volume, bind Binding, sets SetCreator, log *slog.Logger) ([]*OpenVolume, error) {
	if err := ValidateVolumes(vols); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "volumes")
	var out []*OpenVolume
	fail := func(err error) ([]*OpenVolume, error) {
		CloseVolumes(out)
		return nil, err
	}
	for _, v := range vols {
		st, err := storage.OpenStore(storage.StoreConfig{Dir: v.Path, Capacity: v.Capacity}, log)
		if err != nil {
			return fail(fmt.Errorf("volume %s: %w", v.Path, err))
		}
		ov := &OpenVolume{Volume: v, Store: st}
		out = append(out, ov)
		if ov.SetID, err = volumeSet(ctx, v.Path, bind, sets, log); err != nil {
			return fail(err)
		}
	}
	return out, nil
}

func volumeSet(ctx context.Context, dir string, bind Binding, sets SetCreator, log *slog.Logger) (uint64, error) {
	path := filepath.Join(dir, SetFile)
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		var rec setRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return 0, fmt.Errorf("volume %s: %s: %w", dir, SetFile, err)
		}
		if rec.ChainID != bind.ChainID || rec.Marketplace != bind.Marketplace || rec.SetID == 0 {
			return 0, fmt.Errorf("volume %s: set %d on chain %d at %s, node runs chain %d at %s: %w",
				dir, rec.SetID, rec.ChainID, rec.Marketplace, bind.ChainID, bind.Marketplace, ErrForeignVolume)
		}
		return rec.SetID, nil
	case !errors.Is(err, os.ErrNotExist):
		return 0, fmt.Errorf("volume %s: %w", dir, err)
	}
	id, err := sets.CreateSet(ctx)
	if err != nil {
		return 0, fmt.Errorf("volume %s: %w", dir, err)
	}
	log.Info("proof set created", "volume", dir, "set_id", id)
	b, err = json.MarshalIndent(setRecord{ChainID: bind.ChainID, Marketplace: bind.Marketplace, SetID: id}, "", "  ")
	if err != nil {
		return 0, fmt.Errorf("volume %s: %w", dir, err)
	}
	if err := atomicfile.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return 0, fmt.Errorf("volume %s: remember set %d: %w", dir, id, err)
	}
	return id, nil
}

// CloseVolumes closes every store.
func CloseVolumes(vols []*OpenVolume) {
	for _, v := range vols {
		_ = v.Store.Close()
	}
}
