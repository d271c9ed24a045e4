package marketv2

// A pending slot whose latest read says "not ours" while the confirmed
// view cannot tell yet (the ledger behind: request unknown, or our
// reservation not confirmed and not past its TTL) is kept, shard and all
// (unlessConfirmed, keepWaiting). Such a slot is ours to finish, like a
// resumed one, and moves on by itself: the next honest latest read, or the
// confirmed view past its TTL, decides it. Counted against MaxPending, a
// lying or lagging latest read would stop real sales for as long as it
// lasts. So these slots have their own allowance: a taker takes new slots
// while fewer than max slots are moving on and fewer than 2·max are in
// flight in all. In flight stays bounded (2·max, and the policy's
// collateral budget counts every one of them), and a flood of
// disagreements cannot block sales before max of them wait
// (TestSalesWaitingOnConfirmationHasItsOwnBound).

// full reports whether the taker may take no new slot now.
func (t *taker) full() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	waiting := 0
	for _, p := range t.pending {
		if p.waiting.Load() {
			waiting++
		}
	}
	return len(t.pending)-waiting >= t.max || len(t.pending) >= 2*t.max
}
