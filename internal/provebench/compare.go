package main

// comparisons are figures of other systems, cited from their sources and
// not rerun here (no such network is reachable from this machine).
const comparisons = `
### Other systems (cited, not rerun)

| system | figure | conditions | source |
|---|---|---|---|
| Storj DCS | download 331 MB/s | one large file (≥ 1.5 GB) with the uplink CLI, 64 MB segments, parallelism 24; the vendor's own test hardware and link | Storj blog, "Hot Rodding Decentralized Storage", parts 1–3 (Dominick Marino, Oct–Nov 2021), https://www.storj.io/blog/hot-rodding-decentralization-part-3 (the settings: parallelism 24, 64M chunks). The 331 MB/s figure is the one the issue cites from this series; the part of the text retrievable here gives the settings, not the number |
| Codex (now Logos Storage) | 1 GB upload in 2m23s (≈ 7 MB/s); download 32 s | "tests duration in the LAN" (the comment's words), Codex as of June 2023 | github.com/logos-storage/logos-storage-nim issue #459 ("Codex crash on 10GB file download", 2023-06-28 comment: 1GB.bin upload 2m23.148s, download 0m32.008s) |
| Filecoin PDP | one proof per data set per proving period of 2880 epochs (≈ 1 day at 30 s epochs), whatever the data set holds; 60-epoch challenge window; 5 challenges per proof in Warm Storage | PDPVerifier + SimplePDPService / FilecoinWarmStorageService contracts | github.com/FilOzone/pdp src/SimplePDPService.sol (getMaxProvingPeriod = 2880, challengeWindow = 60); FilecoinWarmStorageService.sol (CHALLENGES_PER_PROOF = 5); https://docs.filecoin.io/provide-storage/pdp/about |

cairn v2 has PDP's shape (one proof per set per epoch, constant in the set's size, as the table above shows); cairn's own put/get figures over links are the netns rows (another section), the loopback ones are in "Data path" and "S3 gateway".
`
