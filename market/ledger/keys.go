package ledger

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
)

// Key prefixes (one byte each; docs/ledger.md lists them). Upper-case
// letters are secondary indexes whose values are empty.
const (
	pCursor      = 'c' // c → cursor JSON
	pIdentity    = 'a' // a → marketplace address and start block the ledger follows
	pJournalLow  = 'j' // j → lowest block of the contiguous journal (8 bytes)
	pHash        = 'h' // h block → block hash
	pUndo        = 'u' // u block seq → undo record
	pRequest     = 'r' // r id → Request JSON
	pByClient    = 'R' // R client nonce → request id
	pOpen        = 'o' // o id → (pending or active)
	pSlot        = 's' // s slot → Slot JSON
	pByHolder    = 'S' // S holder slot →
	pReservation = 'v' // v request slot reserver → Reservation JSON
	pByReserver  = 'V' // V reserver request slot →
	pProvider    = 'p' // p address → peer info
	pStats       = 't' // t slot → SlotStats JSON
	pVersion     = 'm' // m/version → protocol (one byte)

	// Protocol v2 (docs/ledger.md). R, o, v, V and p are shared with v1.
	pRequestV2 = 'q' // q id → RequestV2 JSON
	pSlotV2    = 'l' // l slot → SlotV2 JSON
	pSet       = 'P' // P set → Set JSON
	pByOwner   = 'Q' // Q owner set →
	pTenure    = 'T' // T set mid → Tenure JSON

	// Node-local records (local.go): not derived from the chain, never
	// journaled, rewound or wiped by a reset (0xff is above the reset's
	// range). The byte after it names the one owner (docs/ledger.md).
	pLocal = 0xff // 0xff owner key → the owner's value
)

func key(prefix byte, parts ...[]byte) []byte {
	n := 1
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	k = append(k, prefix)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

func be64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func be32(n uint32) []byte { return binary.BigEndian.AppendUint32(nil, n) }

func cursorKey() []byte     { return []byte{pCursor} }
func versionKey() []byte    { return []byte("m/version") }
func identityKey() []byte   { return []byte{pIdentity} }
func journalLowKey() []byte { return []byte{pJournalLow} }

func hashKey(n uint64) []byte                           { return key(pHash, be64(n)) }
func undoKey(n uint64, seq uint32) []byte               { return key(pUndo, be64(n), be32(seq)) }
func openKey(id [32]byte) []byte                        { return key(pOpen, id[:]) }
func providerKey(a common.Address) []byte               { return key(pProvider, a[:]) }
func byClientKey(c common.Address, nonce uint64) []byte { return key(pByClient, c[:], be64(nonce)) }

func reservationKey(req, slot [32]byte, who common.Address) []byte {
	return key(pReservation, req[:], slot[:], who[:])
}

func byReserverKey(who common.Address, req, slot [32]byte) []byte {
	return key(pByReserver, who[:], req[:], slot[:])
}

func requestV2Key(id [32]byte) []byte { return key(pRequestV2, id[:]) }
func slotV2Key(id [32]byte) []byte    { return key(pSlotV2, id[:]) }
func setKey(id uint64) []byte         { return key(pSet, be64(id)) }
func tenureKey(set uint64, mid uint32) []byte {
	return key(pTenure, be64(set), be32(mid))
}
func byOwnerKey(a common.Address, set uint64) []byte { return key(pByOwner, a[:], be64(set)) }

// upper returns the smallest key greater than every key with prefix p.
func upper(p []byte) []byte {
	u := append([]byte(nil), p...)
	for i := len(u) - 1; i >= 0; i-- {
		if u[i] != 0xff {
			u[i]++
			return u[:i+1]
		}
	}
	return nil
}
