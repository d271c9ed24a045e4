// Package marketv2 is the node side of protocol v2 (proof sets,
// ../../../shared/PROTOCOL-V2.md, docs/market-v2.md).
//
// It owns:
//   - Market, a typed facade over one deployed MarketplaceV2, its lens and
//     its token: reads through the lens (challengesFor, setInfo, tenureInfo,
//     slotInfo, requestInfo, depositFor, auditChallenges, record, epochs,
//     config), writes through a chain.Sender, every custom error decoded to
//     a ContractError so callers branch with errors.Is (ErrAlreadyProven,
//     ErrNothingToSettle, …);
//   - Volumes: one proof set per configured volume (a directory with its
//     own storage.Store), created on first start and remembered in a file
//     beside the store;
//   - Prover: a service that proves each of its sets once per epoch from
//     challengesFor, verifying every proof locally first (a lost or corrupt
//     shard is declared, never sent as a failing proof), answers audits in
//     their epoch, removes members at e* − 1, decides extensions by a policy
//     function and settles its tenures in batches;
//   - Sales, Repairer and Settler: services that reserve and fill Initial,
//     Late and Renewal slots by a pure policy (shards received from the
//     client), rebuild and fill Repair slots from k other holders, and call
//     settleSet on sets that stopped proving so their slots become
//     repairable;
//   - Scrubber: a service that re-verifies every stored shard against its
//     root over a cycle (default 7 days, rate-limited in bytes per second)
//     and declares a lost or corrupt shard before a challenge finds it.
//
// Services follow the house shape (two live here, so NewProver and
// NewScrubber): New…(cfg, log, deps), Run(ctx), Step(ctx, epoch) and
// Step(ctx, now) for tests, Close. Their chain and store dependencies are
// small consumer interfaces; Market and storage.Store satisfy them. The
// decisions behind them are in docs/market-v2.md.
//
// Tests run on a real anvil with the v2 contracts (contracttest.Env) and
// real stores on t.TempDir(); they mine blocks and call Step.
package marketv2
