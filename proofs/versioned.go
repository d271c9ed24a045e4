package proofs

import "encoding/binary"

// Versioned is the Go model of protocol v2's epoch-versioned storage word
// (PROTOCOL-V2.md §3.1): three 64-bit values and two 32-bit epoch
// boundaries. A write in epoch x becomes visible at x+1; epochs x−1 and x
// keep reading their own values.
//
// The zero Versioned reads 0 at every epoch, like an unwritten storage slot.
type Versioned struct {
	A0, A1, A2 uint64
	E1, E2     uint32
}

// At returns the value visible at epoch t: t < E1 ? A0 : (t < E2 ? A1 : A2).
func (v Versioned) At(t uint32) uint64 {
	switch {
	case t < v.E1:
		return v.A0
	case t < v.E2:
		return v.A1
	default:
		return v.A2
	}
}

// Newest returns the value of the latest write (A2), visible from E2 on.
func (v Versioned) Newest() uint64 { return v.A2 }

// Write records val written at epoch x (currentEpoch()), effective at x+1.
// A second write in the same epoch overwrites A2; otherwise the word shifts:
// (A0, A1, A2, E1, E2) = (A1, A2, val, E2, x+1). The caller keeps x below
// 2^32 − 1 (the contract reverts EpochOverflow well before).
func (v *Versioned) Write(x uint32, val uint64) {
	if v.E2 == x+1 {
		v.A2 = val
		return
	}
	v.A0, v.A1, v.A2, v.E1, v.E2 = v.A1, v.A2, val, v.E2, x+1
}

// Pack returns the word as the contract stores it, a big-endian uint256 with
// bits [0,64) A0, [64,128) A1, [128,192) A2, [192,224) E1, [224,256) E2.
func (v Versioned) Pack() (w [32]byte) {
	binary.BigEndian.PutUint32(w[0:], v.E2)
	binary.BigEndian.PutUint32(w[4:], v.E1)
	binary.BigEndian.PutUint64(w[8:], v.A2)
	binary.BigEndian.PutUint64(w[16:], v.A1)
	binary.BigEndian.PutUint64(w[24:], v.A0)
	return w
}

// UnpackVersioned is the inverse of Pack.
func UnpackVersioned(w [32]byte) Versioned {
	return Versioned{
		E2: binary.BigEndian.Uint32(w[0:]),
		E1: binary.BigEndian.Uint32(w[4:]),
		A2: binary.BigEndian.Uint64(w[8:]),
		A1: binary.BigEndian.Uint64(w[16:]),
		A0: binary.BigEndian.Uint64(w[24:]),
	}
}
