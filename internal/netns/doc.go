// Package netns builds and tears down a private network of Linux network
// namespaces for the devnet: one bridge in the root namespace, one namespace
// per node joined to it by a veth pair, each node in its own /24 of
// 198.18.0.0/15 (RFC 2544's benchmarking range, and no other addresses), and
// optional link shaping with tc.
//
// It owns nothing but kernel objects whose names start with a per-network
// prefix ("cn" and four hex digits), and the delay line's process inside
// one of them; a network's Record lists every one of
// them, so Remove (in another process, from devnet.json) deletes exactly
// what Create made, and Leftovers checks that nothing with the prefix is
// left. Namespaces get no default route (a node behind a NAT has one, to
// its NAT, which has none): traffic cannot leave them, only reach the
// other nodes and the bridge's own address.
//
// Everything goes through the ip, tc and (for NATs) nft commands as root;
// Check and CheckNAT say why a machine cannot. Rates use tc tbf; delay
// uses netem where the kernel has it (see hasNetem) and otherwise the
// delay line: a process (Helper, running DelayLineMain) in the network's
// delay namespace that copies every frame of each link between two veth
// pairs through AF_PACKET sockets, holding it for half the delay each way,
// in byte-bounded queues. BehindNAT puts a node behind a masquerading NAT
// namespace of its own. Tests run when Check passes and skip with its
// reason otherwise. docs/netns.md has the layout and the measurements.
package netns
