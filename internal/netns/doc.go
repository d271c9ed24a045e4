// Package netns builds and tears down a private network of Linux network
// namespaces for the devnet: one bridge in the root namespace, one namespace
// per node joined to it by a veth pair, each node in its own /24 of
// 198.18.0.0/15 (RFC 2544's benchmarking range, and no other addresses), and
// optional link shaping with tc.
//
// It owns nothing but kernel objects whose names start with a per-network
// prefix ("cn" and four hex digits); a Network's Record lists every one of
// them, so Remove (in another process, from devnet.json) deletes exactly
// what Create made, and Leftovers checks that nothing with the prefix is
// left. Namespaces get no default route: traffic cannot leave them, only
// reach the other nodes and the bridge's own address.
//
// Everything goes through the ip and tc commands of iproute2 as root; Check
// says why a machine cannot (no root, no ip, namespaces refused). Rates use
// tc tbf; delay uses netem where the kernel has it (see HasNetem) — on this
// project's machines it does not, and Create refuses a delay it cannot
// apply. Tests run when Check passes and skip with its reason otherwise.
package netns
