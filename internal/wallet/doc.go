// Package wallet keeps a cairn user's keys in a data directory:
//
//	<datadir>/                      0700
//	  keystore/UTC--<time>--<addr>  0600  geth keystore v3 of the wallet key
//	                                      (usable as `cast --keystore`)
//	  wallet.json                   0600  {address, keystore path, the BIP-39
//	                                      mnemonic sealed with scrypt + AES
//	                                      (keystore.EncryptDataV3) under the
//	                                      same password}
//
// The mnemonic is the root of every cairn key (DESIGN.md "Keys"): the wallet
// key m/44'/60'/0'/0/0, the manifest master key and the fetch-auth key. It is
// stored only encrypted and returned only by Load. A wallet imported from a
// bare keystore has no mnemonic; Load then returns an empty Mnemonic and
// Seed fails with ErrNoMnemonic.
//
// Invariants:
//   - wallet.json is the commit point: it is written (atomically, fsync +
//     rename) only after its keystore file is durable, so a crash leaves
//     either the old wallet or the complete new one.
//   - Nothing is ever deleted: replacing a wallet (Options.Force) keeps the
//     old keystore file and renames the old wallet.json aside.
//   - A wrong password is reported as chain.ErrWrongPassword; a missing
//     wallet as ErrNoWallet; a garbled file as ErrUnreadable naming the file.
//
// Scrypt parameters are geth's standard ones (about a second and 256 MiB per
// unlock) unless Options.LightKDF selects the light ones, meant for devnets
// and tests only (CAIRN_INSECURE_LIGHT_KDF=1 in the CLI).
//
// Tests use t.TempDir() and light scrypt; no chain is needed.
package wallet
