package s3

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Sealed-index uploads whose answer was lost. Before a sealed index is
// handed to the network its name and generation are journalled; the
// record goes in the batch that records the upload. A Put that fails
// after its request was mined (the answer lost to a dropped connection, a
// cancelled context, a crash) leaves the record, and before the next index
// upload the gateway looks for uploads of that name on the chain:
//   - an active one of a generation newer than the index on record is
//     adopted as the current index (no second upload of that snapshot);
//     an older one is marked for release;
//   - one that is not active (mined, never filled) is marked for release,
//     so its escrow comes back by terminateRequest;
//   - none: the request never reached the chain, or its transaction is
//     still in flight; the record waits lostIndexGrace for it, then goes.
const spIndexJournal = "i\x00" // staged index name → indexJournalRec

// lostIndexGrace is how long a journalled index upload that is not on the
// chain is looked for (a transaction sent before the failure may still be
// mined).
const lostIndexGrace = 10 * time.Minute

type indexJournalRec struct {
	Gen     uint64    `json:"gen"`
	Created time.Time `json:"created"`
}

func (x *index) setIndexJournal(name string, j indexJournalRec) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.db.NewBatch()
	defer b.Close()
	if err := setJSON(b, []byte(spIndexJournal+name), j); err != nil {
		return err
	}
	return x.commit(b)
}

func (x *index) indexJournals() (map[string]indexJournalRec, error) {
	out := map[string]indexJournalRec{}
	err := x.scan([]byte(spIndexJournal), nil, func(k, v []byte) (bool, error) {
		var j indexJournalRec
		if err := json.Unmarshal(v, &j); err != nil {
			return false, err
		}
		out[string(k[len(spIndexJournal):])] = j
		return true, nil
	})
	return out, err
}

// resolveIndexJournal settles journal name in one batch: active (if not
// "") is adopted as the current index when gen is newer than the one on
// record, else marked for release; every id of release is marked for
// release. It reports whether active was adopted.
func (x *index) resolveIndexJournal(name, active string, gen uint64, release []string, now time.Time) (bool, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	uploaded, err := x.counter(keyUploaded)
	if err != nil {
		return false, err
	}
	var prev string
	if _, err := x.get(keyIndexUpload, &prev); err != nil {
		return false, err
	}
	b := x.db.NewBatch()
	defer b.Close()
	adopted := active != "" && gen > uploaded
	if adopted {
		if err := setJSON(b, keyIndexUpload, active); err != nil {
			return false, err
		}
		if err := setJSON(b, keyUploaded, gen); err != nil {
			return false, err
		}
		if prev != "" && prev != active {
			if err := setJSON(b, []byte(spRelease+prev), releaseRec{Reason: "old index", Marked: now}); err != nil {
				return false, err
			}
		}
	} else if active != "" {
		release = append(release, active)
	}
	for _, id := range release {
		if err := setJSON(b, []byte(spRelease+id), releaseRec{Reason: "lost index upload", Marked: now}); err != nil {
			return false, err
		}
	}
	if err := b.Delete([]byte(spIndexJournal+name), nil); err != nil {
		return false, err
	}
	return adopted, x.commit(b)
}

// resolveIndexJournals settles the journalled index uploads (see above).
func (g *Gateway) resolveIndexJournals(ctx context.Context) error {
	js, err := g.idx.indexJournals()
	if err != nil || len(js) == 0 {
		return err
	}
	ups, err := g.net.Uploads(ctx)
	if err != nil {
		return fmt.Errorf("look for sealed indexes uploaded before a failure: %w", err)
	}
	byName := map[string][]Upload{}
	for _, u := range ups {
		byName[u.Name] = append(byName[u.Name], u)
	}
	for name, j := range js {
		found := byName[name]
		if len(found) == 0 && time.Since(j.Created) < lostIndexGrace {
			continue // its transaction may still be mined
		}
		var active *Upload
		var release []string
		for i, u := range found {
			if u.Active && active == nil {
				active = &found[i]
				continue
			}
			release = append(release, u.ID.String())
		}
		var activeID string
		if active != nil {
			activeID = active.ID.String()
		}
		adopted, err := g.idx.resolveIndexJournal(name, activeID, j.Gen, release, time.Now().UTC())
		if err != nil {
			return err
		}
		switch {
		case adopted:
			g.log.Info("adopting a sealed index uploaded before a failure", "upload_id", activeID, "generation", j.Gen)
			g.keepUpload(ctx, active.ID)
		case len(found) > 0:
			g.log.Info("releasing sealed-index uploads of a failed upload", "uploads", len(found), "generation", j.Gen)
		default:
			g.log.Info("a failed sealed-index upload never reached the chain", "generation", j.Gen)
		}
	}
	return nil
}
