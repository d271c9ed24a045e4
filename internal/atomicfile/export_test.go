package atomicfile

// WritebackCalls is how many writeback hints w gave and whether they
// stopped because one failed.
func WritebackCalls(w *Writeback) (int, bool) { return w.calls, w.off }

// FileWriteback is a's Writeback.
func FileWriteback(a *File) *Writeback { return a.wb }
