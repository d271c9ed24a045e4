package marketv2_test

import (
	"errors"
	"math/big"
	"testing"

	marketv2 "github.com/cairn-storage/cairn/market/v2"
)

// rm of a held request: the refund the contract credits (RequestTerminated
// and the client's marketplace balance) equals the quote read before.
func TestTerminateRefundMatchesQuote(t *testing.T) {
	w := newWorld(t)
	a := w.newProvider(2, 1, testProverConfig(), nil)
	b := w.newProvider(3, 1, testProverConfig(), nil)
	start, end := w.window(2, 12)
	r := w.request(4096, start, end)
	tid := a.fill(r, 0, 0)
	b.fill(r, 1, 0)
	join := uint64(w.tenure(tid).Join)
	for e := max(join, w.CurrentEpoch()); e < join+3; e++ {
		w.step(e, a, b)
	}
	other := w.market(w.Accounts[4])
	if _, err := other.QuoteTerminate(t.Context(), r.id); !errors.Is(err, marketv2.ErrNotClient) {
		t.Fatalf("quote by another account: %v, want ErrNotClient", err)
	}
	if _, err := other.Terminate(t.Context(), r.id); !errors.Is(err, marketv2.ErrNotClient) {
		t.Fatalf("terminate by another account: %v, want ErrNotClient", err)
	}
	quote, err := w.Client.QuoteTerminate(t.Context(), r.id)
	if err != nil {
		t.Fatal(err)
	}
	before := w.mpBalance(w.Client.Self())
	refund, err := w.Client.Terminate(t.Context(), r.id)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(w.mpBalance(w.Client.Self()), before); refund.Cmp(quote.Now) != 0 || got.Cmp(quote.Now) != 0 {
		t.Fatalf("quote now %s, refund event %s, balance delta %s: want equal", quote.Now, refund, got)
	}
	// The holders remove their members in stop − 1 and settle; the cut
	// tenures return the rest.
	for e := w.CurrentEpoch(); e <= quote.Stop+2; e++ {
		w.step(e, a, b)
	}
	got := new(big.Int).Sub(w.mpBalance(w.Client.Self()), before)
	if quote.Later.Sign() <= 0 || got.Cmp(quote.Total) != 0 {
		t.Fatalf("refunded %s after settlement, quote %s + %s = %s", got, quote.Now, quote.Later, quote.Total)
	}
	if _, err := w.Client.Terminate(t.Context(), r.id); !errors.Is(err, marketv2.ErrRequestNotLive) {
		t.Fatalf("second terminate: %v, want ErrRequestNotLive", err)
	}
	if _, err := w.Client.Extend(t.Context(), r.id, 5, nil); !errors.Is(err, marketv2.ErrRequestNotLive) {
		t.Fatalf("extend after terminate: %v, want ErrRequestNotLive", err)
	}
}

// Extend checks what the contract would refuse before sending and charges
// the quote when it sends.
func TestExtendQuoteAndTypedErrors(t *testing.T) {
	w := newWorld(t)
	start, end := w.window(2, 12)
	r := w.request(4096, start, end)
	notice := uint64(w.Config.MissWindow)
	ctx := t.Context()
	other := w.market(w.Accounts[4])
	if _, err := other.Extend(ctx, r.id, 3, nil); !errors.Is(err, marketv2.ErrNotClient) {
		t.Fatalf("extend by another account: %v, want ErrNotClient", err)
	}
	if _, err := w.Client.QuoteExtend(ctx, r.id, end, nil); !errors.Is(err, marketv2.ErrBadTimeline) {
		t.Fatalf("extend to the same end: %v, want ErrBadTimeline", err)
	}
	before := w.clientTokens()
	q, err := w.Client.Extend(ctx, r.id, 3, big.NewInt(1000))
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Mul(r.p.PricePerSlotEpoch, big.NewInt(2*3))
	want.Add(want, big.NewInt(1000))
	if q.Total.Cmp(want) != 0 || new(big.Int).Sub(before, w.clientTokens()).Cmp(want) != 0 || w.endOf(r.id) != end+3 {
		t.Fatalf("extension: quote %+v, spent %s, end %d; want %s and end %d", q, new(big.Int).Sub(before, w.clientTokens()), w.endOf(r.id), want, end+3)
	}
	w.ToEpoch(end+3-notice+1, 1)
	before = w.clientTokens()
	if _, err := w.Client.Extend(ctx, r.id, 3, nil); !errors.Is(err, marketv2.ErrTooLateToExtend) {
		t.Fatalf("extend inside the notice: %v, want ErrTooLateToExtend", err)
	}
	if w.clientTokens().Cmp(before) != 0 {
		t.Fatal("a refused extension spent tokens")
	}
}

// cancel: refused before expiry or without cancelOnExpiry (nothing sent),
// done after expiry.
func TestCancelPendingRequest(t *testing.T) {
	w := newWorld(t)
	start, end := w.window(3, 12)
	plain := w.request(4096, start, end)
	p := plain.p
	p.CancelOnExpiry = true
	id, _, err := w.Client.RequestStorage(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Client.Cancel(t.Context(), id); !errors.Is(err, marketv2.ErrCannotCancel) {
		t.Fatalf("cancel before expiry: %v, want ErrCannotCancel", err)
	}
	w.Mine(p.Expiry + 1 - w.Head())
	if err := w.Client.Cancel(t.Context(), plain.id); !errors.Is(err, marketv2.ErrCannotCancel) {
		t.Fatalf("cancel without cancelOnExpiry: %v, want ErrCannotCancel", err)
	}
	if err := w.Client.Cancel(t.Context(), id); err != nil {
		t.Fatalf("cancel after expiry: %v", err)
	}
	ri, err := w.Client.RequestInfo(t.Context(), id)
	if err != nil || ri.State != marketv2.RequestCancelled {
		t.Fatalf("state %d, %v; want cancelled", ri.State, err)
	}
}
