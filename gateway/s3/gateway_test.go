package s3_test

import (
	"path/filepath"
	"testing"
)

// TestGateway runs every client against one gateway on one devnet (six
// providers): minio-go over each operation, bad input, aws-cli, rclone,
// then a restore on a fresh machine from the mnemonic alone.
func TestGateway(t *testing.T) {
	// One spare provider beyond k+m = 6: a put must not fail because one
	// provider is still busy with an earlier request's reservation.
	w := newWorld(t, 7)
	mn := newMnemonic(t)
	w.fund(mn)
	n := w.openNode(mn, filepath.Join(t.TempDir(), "owner"), nil)

	t.Run("minio", func(t *testing.T) { testMinio(t, n) })
	t.Run("auth", func(t *testing.T) { testAuth(t, n) })
	t.Run("bad_input", func(t *testing.T) { testBadInput(t, n) })
	t.Run("awscli", func(t *testing.T) { testAWSCLI(t, n) })
	t.Run("rclone", func(t *testing.T) { testRclone(t, n) })
	t.Run("serve_sync_tls", func(t *testing.T) { testServeSync(t, w) })
	t.Run("lost_upload_answer", func(t *testing.T) { testLostAnswer(t, w) })
	if raceEnabled {
		// Under -race on a loaded 2-core machine a pack's upload runs ~10×
		// slower (streamed_put 611 s against 7 s without it, CI on
		// 2026-12-02) and misses its fill expiry, and the whole test nears
		// the 20-minute package timeout.
		t.Log("streamed-put, durability, lost-index, streamed-multipart, release and keep subtests run without -race (make test's second TestGateway run): under it their uploads can miss the fill expiry")
		return
	}
	t.Run("streamed_put", func(t *testing.T) { testStreamedPut(t, w) })
	t.Run("durability_and_restore", func(t *testing.T) { testRestore(t, w, mn, n) })
	t.Run("lost_index_answer", func(t *testing.T) { testLostIndexAnswer(t, w) })
	t.Run("streamed_multipart", func(t *testing.T) { testStreamedMultipart(t, w) })
	t.Run("deletes_release_storage", func(t *testing.T) { testDeletesRelease(t, w) })
	t.Run("release_after_crash", func(t *testing.T) { testReleaseCrash(t, w) })
	t.Run("keep_within_budget", func(t *testing.T) { testKeepBudget(t, w) })
}
